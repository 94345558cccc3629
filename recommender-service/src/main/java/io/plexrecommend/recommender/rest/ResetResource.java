package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.trainer.ResetService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The global reset: 202 with {@code {"profilesReset":N,"problems":[…]}} (other services down are problems, not errors). */
@Path("/api/reset")
@Produces(MediaType.APPLICATION_JSON)
public class ResetResource {

    private final ResetService reset;

    ResetResource(ResetService reset) {
        this.reset = reset;
    }

    @POST
    public Response reset() {
        return Response.accepted(reset.resetAll()).build();
    }
}
