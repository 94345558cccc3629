package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.recommendation.UnknownItemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A media id no known title has: 404. */
@Provider
public class UnknownItemMapper implements ExceptionMapper<UnknownItemException> {

    @Override
    public Response toResponse(UnknownItemException e) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody(e.getMessage())).build();
    }
}
