package io.plexrecommend.rest;

/**
 * A request refused before (or instead of) the resource method that would have served it, in plain words: what kind
 * of problem, the status to answer and the message for the client. {@link RefusalRenderer} turns it into a body.
 */
public record Refusal(Kind kind, int status, String message) {

    public enum Kind {
        /** The body is not JSON, or not the JSON the endpoint reads (400). */
        UNREADABLE_JSON,
        /** A form or multipart body that could not be decoded: a broken escape, a broken boundary (400). */
        UNDECODABLE_BODY,
        /** The endpoint does not take the request's content type (415). */
        UNSUPPORTED_MEDIA_TYPE,
        /** The path does not take the request's method (405). */
        METHOD_NOT_ALLOWED,
        /** A path, query, header or form parameter that does not convert to its type (404 for path and query, else 400). */
        BAD_PARAMETER,
        /** No resource at this path (404). */
        NOT_FOUND,
        /** The service's own code refused with a message of its own. */
        STATED,
        /** Any other client error the framework answered without words. */
        OTHER,
        /** Not the client's fault: a bug of ours, logged (500). */
        INTERNAL
    }
}
