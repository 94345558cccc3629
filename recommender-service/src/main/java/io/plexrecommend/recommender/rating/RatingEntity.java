package io.plexrecommend.recommender.rating;

import io.plexrecommend.recommender.storage.EpochMillisConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A profile's current rating of a title (one per profile and title). */
@Entity
@Table(name = "ratings")
public class RatingEntity extends PanacheEntityBase {

    /** A rowid alias in SQLite ({@code id INTEGER PRIMARY KEY} in V1__init.sql), generated on insert. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "profile", nullable = false)
    public String profile;

    @Column(name = "media_id", nullable = false)
    public String mediaId;

    @Column(name = "rating", nullable = false)
    public int rating;

    /** {@code ui}, {@code plex}, {@code import} or {@code api}, as on the wire. */
    @Column(name = "source", nullable = false)
    public String source;

    @Column(name = "rated_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant ratedAt;

    /** The event that set the current value. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** Where that event was received on {@code ratings} (null before issue 16): a reset forgets rows before it. */
    @Column(name = "event_partition")
    public Integer eventPartition;

    @Column(name = "event_offset")
    public Long eventOffset;

    public TopicPosition position() {
        return TopicPosition.of(eventPartition, eventOffset);
    }

    public static RatingEntity find(String profile, String mediaId) {
        return find("profile = ?1 and mediaId = ?2", profile, mediaId).firstResult();
    }

    public static List<RatingEntity> listFor(String profile) {
        return list("profile = ?1 order by ratedAt desc, id desc", profile);
    }
}
