package io.plexrecommend.recommender.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event id that has been applied; recorded in the same transaction as the state change it caused. */
@Entity
@Table(name = "applied_events")
public class AppliedEventEntity extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "topic", nullable = false)
    public String topic;

    @Column(name = "applied_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant appliedAt;

    /**
     * Where a {@code ratings} event was received (null for other topics and for rows older than issue 16): an id
     * applied before the profile's latest reset does not make a later copy of the event a duplicate.
     */
    @Column(name = "event_partition")
    public Integer partition;

    @Column(name = "event_offset")
    public Long offset;
}
