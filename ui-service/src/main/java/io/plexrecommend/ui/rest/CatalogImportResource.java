package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.ImportReport;
import io.plexrecommend.ui.client.ScannerClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The Configuration tab's upload form: forwards a JSON Lines catalog to scanner-service and shows its report. */
@Path("/config/catalog-import")
public class CatalogImportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ImportReport report, String fileName);

        static native TemplateInstance noFile();
    }

    private final ScannerClient scanner;

    CatalogImportResource(ScannerClient scanner) {
        this.scanner = scanner;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response importCatalog(@RestForm("catalog") FileUpload catalog) {
        if (catalog == null || catalog.size() == 0) {
            return HtmlResponse.of(Response.Status.BAD_REQUEST, Templates.noFile());
        }
        // Sent from the upload's temporary file, so a big catalog is never held in memory.
        ImportReport report = scanner.importCatalog(catalog.uploadedFile());
        return HtmlResponse.changed(Templates.report(report, catalog.fileName()));
    }
}
