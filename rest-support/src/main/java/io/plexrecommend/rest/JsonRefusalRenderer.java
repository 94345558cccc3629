package io.plexrecommend.rest;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The JSON services' error body: {@code {"error":"plain words"}}, the same as their own mappers answer. */
@DefaultBean
@ApplicationScoped
public class JsonRefusalRenderer implements RefusalRenderer {

    @Override
    public Response render(Refusal refusal) {
        return json(refusal.status(), refusal.message());
    }

    public static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
