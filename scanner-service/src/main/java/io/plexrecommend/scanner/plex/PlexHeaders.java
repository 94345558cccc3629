package io.plexrecommend.scanner.plex;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Adds the token and the identification headers Plex expects to every request (PMS answers XML without Accept). */
final class PlexHeaders implements ClientRequestFilter {

    static final String TOKEN = "X-Plex-Token";
    static final String PRODUCT = "Plex Recommend";

    private final String token;
    private final String clientIdentifier;

    PlexHeaders(String token, String clientIdentifier) {
        this.token = token;
        this.clientIdentifier = clientIdentifier;
    }

    @Override
    public void filter(ClientRequestContext request) {
        var headers = request.getHeaders();
        headers.putSingle(TOKEN, token);
        headers.putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        headers.putSingle("X-Plex-Client-Identifier", clientIdentifier);
        headers.putSingle("X-Plex-Product", PRODUCT);
    }

    @Override
    public String toString() {
        return "PlexHeaders[token=***]";
    }
}
