package io.plexrecommend.ui.client;

/** A call to one of our own services did not give a usable answer; {@link #kind()} says how, for the HTTP mapping. */
public class UpstreamException extends RuntimeException {

    public enum Kind {
        /** Connection refused, DNS failure or timeout: the service is down or too slow. */
        UNREACHABLE,
        /** The service refused the request with a 4xx; {@link #getMessage()} is its explanation. */
        REJECTED,
        /** The service does not know what was asked for (404); {@link #getMessage()} is its explanation. */
        NOT_FOUND,
        /** The service refused the request as too large (413). */
        TOO_LARGE,
        /** The service answered with an unexpected status or body. */
        FAILED
    }

    private final String service;
    private final Kind kind;

    public UpstreamException(String service, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.kind = kind;
    }

    public String service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }
}
