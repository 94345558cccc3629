package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.RatingRequest;
import io.plexrecommend.ui.client.RecommenderClient;
import io.plexrecommend.ui.client.RecommenderStatus;
import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.MediaTab;
import io.plexrecommend.ui.page.Profile;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Contents of the tab panels, swapped in by htmx. Media tabs show recommender-service's fragment as it comes:
 * the markup is produced by our own service, so it is inserted unescaped; everything else is escaped by Qute.
 * Failures of the recommender become panels through {@link UpstreamErrorMapper}.
 */
@Path("/tabs")
@Produces(MediaType.TEXT_HTML)
public class TabResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mediaTab(String notice, String fragment);

        static native TemplateInstance configTab(RecommenderStatus status, String statusError);
    }

    private final RecommenderClient recommender;
    private final UiConfig config;

    TabResource(RecommenderClient recommender, UiConfig config) {
        this.recommender = recommender;
        this.config = config;
    }

    @GET
    @Path("config")
    public Response configTab() {
        RecommenderStatus status = null;
        String statusError = null;
        try {
            status = recommender.status();
        } catch (UpstreamException e) {
            // The import form must stay usable when only the recommender is down.
            statusError = e.getMessage();
        }
        return HtmlResponse.of(Response.Status.OK, Templates.configTab(status, statusError));
    }

    @GET
    @Path("{type}")
    public Response mediaTab(@RestPath String type, @RestQuery String profile, @RestCookie(Profile.COOKIE) String profileCookie) {
        MediaTab tab = MediaTab.fromPath(type);
        String fragment = recommender.tabFragment(profile(profile, profileCookie).name(), tab.wireName());
        return HtmlResponse.of(Response.Status.OK, Templates.mediaTab(null, fragment));
    }

    /**
     * Forwards one rating and answers with the tab's next fragment, so the next recommendation shows at once.
     * A refused rating keeps the tab usable: the reason is shown above the (unchanged) recommendation.
     */
    @POST
    @Path("{type}/ratings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@RestPath String type, @RestForm String mediaId, @RestForm String rating,
            @RestQuery String profile, @RestCookie(Profile.COOKIE) String profileCookie) {
        MediaTab tab = MediaTab.fromPath(type);
        Profile current = profile(profile, profileCookie);
        String notice = null;
        try {
            recommender.rate(current.name(), RatingForm.parse(mediaId, rating));
        } catch (RatingForm.InvalidRatingException e) {
            notice = e.getMessage();
        } catch (UpstreamException e) {
            if (e.kind() != UpstreamException.Kind.REJECTED) {
                throw e;
            }
            notice = e.getMessage();
        }
        String fragment = recommender.tabFragment(current.name(), tab.wireName());
        return HtmlResponse.of(notice == null ? Response.Status.OK : Response.Status.BAD_REQUEST, Templates.mediaTab(notice, fragment));
    }

    private Profile profile(String fromQuery, String fromCookie) {
        return Profile.resolve(fromQuery, fromCookie, config.defaultProfile());
    }

    /** The two form fields htmx sends from a rating button's hx-vals. */
    static final class RatingForm {

        private RatingForm() {
        }

        static RatingRequest parse(String mediaId, String rating) {
            if (mediaId == null || mediaId.isBlank()) {
                throw new InvalidRatingException("The rating did not say which title it was for.");
            }
            int value;
            try {
                value = Integer.parseInt(rating == null ? "" : rating.trim());
            } catch (NumberFormatException e) {
                throw new InvalidRatingException("A rating is a whole number from 1 to 10.");
            }
            if (value < 1 || value > 10) {
                throw new InvalidRatingException("A rating is a whole number from 1 to 10.");
            }
            return new RatingRequest(mediaId, value);
        }

        static final class InvalidRatingException extends RuntimeException {
            InvalidRatingException(String message) {
                super(message);
            }
        }
    }
}
