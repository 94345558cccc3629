package io.plexrecommend.embedding.model;

/** The model could not embed a text (a tokenizer or runtime failure, not bad input). */
public class EmbeddingFailedException extends RuntimeException {

    public EmbeddingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
