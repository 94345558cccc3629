package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.ProfileSummary;
import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.Profile;
import io.plexrecommend.ui.page.ProfileParam;
import io.plexrecommend.ui.security.AdminPassword;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The single page: header with the profile switcher, and the tabs, whose contents load themselves via htmx. */
@Path("/")
public class PageResource {

    private static final int PROFILE_COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String profile, List<String> profiles, boolean open);
    }

    private final UiConfig config;
    private final RecommenderClient recommender;
    private final AdminPassword password;

    PageResource(UiConfig config, RecommenderClient recommender, AdminPassword password) {
        this.config = config;
        this.recommender = recommender;
        this.password = password;
    }

    /**
     * {@code ?profile=x} selects a profile and remembers it in a cookie, because the tabs' htmx requests
     * (and the buttons inside the recommender's fragments) carry no query parameter.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam ProfileParam profile) {
        Profile current = profile.resolve(config.defaultProfile());
        Response.ResponseBuilder response = HtmlResponse.builder(Response.Status.OK,
                Templates.page(current.name(), knownProfiles(current.name()), !password.required()));
        if (profile.namedInQuery()) {
            response.cookie(profileCookie(current));
        }
        return response.build();
    }

    /** Adds a household member and switches to them; htmx reloads the page (HX-Refresh) to show their tabs. */
    @POST
    @Path("profiles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response createProfile(@RestForm String name) {
        Profile created = new Profile(name == null ? "" : name.trim());
        recommender.createProfile(created.name());
        return Response.noContent().cookie(profileCookie(created)).header("HX-Refresh", "true").build();
    }

    /** The switcher lists the recommender's profiles; the page still renders when the recommender is down. */
    private List<String> knownProfiles(String current) {
        List<String> names = new ArrayList<>();
        try {
            recommender.profiles().stream().map(ProfileSummary::profile).forEach(names::add);
        } catch (UpstreamException e) {
            // The tabs show why; the switcher then offers only the current profile.
        }
        if (!names.contains(current)) {
            names.add(0, current);
        }
        return names;
    }

    private static NewCookie profileCookie(Profile profile) {
        return new NewCookie.Builder(Profile.COOKIE)
                .value(profile.name())
                .path("/")
                .maxAge(PROFILE_COOKIE_MAX_AGE)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
