package io.plexrecommend.recommender.catalog;

import io.plexrecommend.recommender.storage.EpochMillisConverter;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An item's latest text embedding; {@code vector} holds {@link FloatVectors little-endian floats}. */
@Entity
@Table(name = "item_embeddings")
public class ItemEmbeddingEntity extends PanacheEntityBase {

    @Id
    @Column(name = "media_id")
    public String mediaId;

    @Column(name = "model_id", nullable = false)
    public String modelId;

    @Column(name = "dimension", nullable = false)
    public int dimension;

    @Column(name = "vector", nullable = false)
    public byte[] vector;

    @Column(name = "feature_schema")
    public String featureSchema;

    /** The {@code features-v1} vector as little-endian floats, or null. */
    @Column(name = "features")
    public byte[] features;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "updated_at", nullable = false)
    @Convert(converter = EpochMillisConverter.class)
    public Instant updatedAt;
}
