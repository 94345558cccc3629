package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.artwork.ArtworkUnavailableException;
import io.plexrecommend.scanner.artwork.NoArtworkException;
import io.plexrecommend.scanner.catalog.EmptyCatalogException;
import io.plexrecommend.scanner.imports.InvalidImportException;
import io.plexrecommend.scanner.imports.ImportTooLargeException;
import io.plexrecommend.scanner.plex.LibraryNotFoundException;
import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.plex.PlexNotConfiguredException;
import io.plexrecommend.scanner.settings.InvalidSettingsException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Domain failures to HTTP, in one place. Plex failures are a 502 (the gateway is at fault) except a missing setting,
 * which is a 409: the service is in a state where the request cannot work until someone configures it. Requests
 * the framework refuses (unreadable bodies, unknown paths, ...) are worded by rest-support's RequestErrorMappers.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> notConfigured(PlexNotConfiguredException e) {
        return error(Response.Status.CONFLICT, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> plexFailed(PlexException e) {
        LOG.warn(e.getMessage());
        return error(Response.Status.BAD_GATEWAY, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> unknownLibrary(LibraryNotFoundException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> noArtwork(NoArtworkException e) {
        return error(Response.Status.NOT_FOUND, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> artworkUnavailable(ArtworkUnavailableException e) {
        return error(Response.Status.BAD_GATEWAY, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> emptyCatalog(EmptyCatalogException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> invalidSettings(InvalidSettingsException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> invalidImport(InvalidImportException e) {
        return error(Response.Status.BAD_REQUEST, e.getMessage());
    }

    @ServerExceptionMapper
    public RestResponse<ErrorResponse> importTooLarge(ImportTooLargeException e) {
        return error(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
    }

    private static RestResponse<ErrorResponse> error(Response.Status status, String message) {
        return RestResponse.ResponseBuilder.create(status, new ErrorResponse(message))
                .type(MediaType.APPLICATION_JSON).build();
    }
}
