package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.RatingsImportReport;
import io.plexrecommend.ui.client.ScannerClient;
import io.plexrecommend.ui.config.UiConfig;
import io.plexrecommend.ui.page.BadInputException;
import io.plexrecommend.ui.page.ProfileParam;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Imports the current profile's ratings from an IMDb, Letterboxd, Trakt or generic CSV export, via scanner-service. */
@Path("/config/ratings-import")
public class RatingsImportResource {

    static final List<String> FORMATS = List.of("imdb", "letterboxd", "trakt", "generic");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(RatingsImportReport report, String fileName, String profile);

        static native TemplateInstance tooLarge(long maxMegabytes);
    }

    private final ScannerClient scanner;
    private final UiConfig config;

    RatingsImportResource(ScannerClient scanner, UiConfig config) {
        this.scanner = scanner;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importRatings(@RestForm("csv") FileUpload csv, @RestForm String format,
            @BeanParam ProfileParam profile) {
        if (format == null || !FORMATS.contains(format)) {
            throw new BadInputException("Choose where the file comes from: IMDb, Letterboxd, Trakt or generic CSV.");
        }
        if (csv == null || csv.size() == 0) {
            throw new BadInputException("Choose a CSV file to import.");
        }
        if (csv.size() > config.maxRatingsUpload()) {
            return HtmlResponse.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    Templates.tooLarge(config.maxRatingsUpload() / (1024 * 1024)));
        }
        String name = profile.resolve(config.defaultProfile()).name();
        // Sent from the upload's temporary file, never held in memory.
        RatingsImportReport report = scanner.importRatings(name, format, csv.uploadedFile());
        return HtmlResponse.changed(Templates.report(report, csv.fileName(), name));
    }
}
