package io.plexrecommend.embedding.media;

/** An event of a batch that could not be embedded, by its position in the batch, with the reason. */
public record ItemFailure(int index, Exception cause) {
}
