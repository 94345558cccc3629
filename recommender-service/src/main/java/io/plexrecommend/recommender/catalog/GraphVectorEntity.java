package io.plexrecommend.recommender.catalog;

import io.plexrecommend.recommender.storage.EpochMillisConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An item's latest graph embedding (graph-service); {@code vector} holds {@link FloatVectors little-endian floats}. */
@Entity
@Table(name = "item_graph_vectors")
public class GraphVectorEntity extends PanacheEntityBase {

    @Id
    @Column(name = "media_id")
    public String mediaId;

    @Column(name = "model_id", nullable = false)
    public String modelId;

    /** Vectors of one training run are comparable; a newer run supersedes older vectors. */
    @Column(name = "trained_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant trainedAt;

    @Column(name = "dimension", nullable = false)
    public int dimension;

    @Column(name = "vector", nullable = false)
    public byte[] vector;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant updatedAt;
}
