package io.plexrecommend.recommender.catalog;

import io.plexrecommend.recommender.storage.EpochMillisConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How many triples the knowledge graph holds about an item; 0 means it is not in the graph. */
@Entity
@Table(name = "item_graph")
public class ItemGraphEntity extends PanacheEntityBase {

    @Id
    @Column(name = "media_id")
    public String mediaId;

    @Column(name = "triple_count", nullable = false)
    public int tripleCount;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant updatedAt;
}
