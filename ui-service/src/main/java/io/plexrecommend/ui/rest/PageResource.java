package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.Profile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestQuery;

/** The single page: header and tabs. The tab contents load themselves from {@link TabResource} via htmx. */
@Path("/")
public class PageResource {

    private static final int PROFILE_COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String profile);
    }

    private final UiConfig config;

    PageResource(UiConfig config) {
        this.config = config;
    }

    /**
     * {@code ?profile=x} selects a profile and remembers it in a cookie, because the tabs' htmx requests
     * (and the rating buttons inside the recommender's fragments) carry no query parameter.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String profile, @RestCookie(Profile.COOKIE) String profileCookie) {
        Profile current = Profile.resolve(profile, profileCookie, config.defaultProfile());
        Response.ResponseBuilder response = Response.ok(Templates.page(current.name()).render(), MediaType.TEXT_HTML);
        if (profile != null && !profile.isBlank()) {
            response.cookie(new NewCookie.Builder(Profile.COOKIE)
                    .value(current.name())
                    .maxAge(PROFILE_COOKIE_MAX_AGE)
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return response.build();
    }
}
