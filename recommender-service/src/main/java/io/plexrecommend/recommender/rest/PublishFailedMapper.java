package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.rating.PublishFailedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Kafka did not take the rating: 503, nothing was stored, the caller may retry. */
@Provider
public class PublishFailedMapper implements ExceptionMapper<PublishFailedException> {

    private static final Logger LOG = Logger.getLogger(PublishFailedMapper.class);

    @Override
    public Response toResponse(PublishFailedException e) {
        LOG.warn(e.getMessage(), e.getCause());
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorBody("the rating could not be saved right now, please try again")).build();
    }
}
