package io.plexrecommend.recommender.rest;

import io.plexrecommend.recommender.trainer.LogLine;
import io.plexrecommend.recommender.trainer.TrainerLog;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The background duties' progress as server-sent events, the last 200 lines first. */
@Path("/api/trainer/log")
public class TrainerLogResource {

    private final TrainerLog log;

    TrainerLogResource(TrainerLog log) {
        this.log = log;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LogLine> stream() {
        return log.stream();
    }
}
