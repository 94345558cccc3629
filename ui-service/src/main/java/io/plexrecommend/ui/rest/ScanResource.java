package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.Library;
import io.plexrecommend.ui.client.Scan;
import io.plexrecommend.ui.client.ScannerClient;
import io.plexrecommend.ui.client.UpstreamException;
import io.plexrecommend.ui.page.BadInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Plex libraries and scans: list the libraries, start a scan of the chosen ones (or load the demo library) and
 * watch it live. The browser reaches only this service, so the scanner's progress stream is proxied here and each
 * update rendered as HTML for htmx's SSE extension.
 */
@Path("/config")
@Produces(MediaType.TEXT_HTML)
public class ScanResource {

    private static final Pattern SCAN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance libraries(List<Library> libraries, Scan latest);

        static native TemplateInstance scanProgress(Scan scan);

        static native TemplateInstance scanStatus(Scan scan);

        static native TemplateInstance streamError(String message);
    }

    private final ScannerClient scanner;

    ScanResource(ScannerClient scanner) {
        this.scanner = scanner;
    }

    /** The libraries to choose from, and the latest scan (live if it is still running). */
    @GET
    @Path("libraries")
    public Response libraries() {
        List<Library> libraries = scanner.libraries();
        List<Scan> recent = scanner.recentScans();
        return HtmlResponse.ok(Templates.libraries(libraries, recent.isEmpty() ? null : recent.get(0)));
    }

    @POST
    @Path("scans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startScan(@RestForm("libraryId") List<String> libraryIds) {
        if (libraryIds == null || libraryIds.isEmpty()) {
            throw new BadInputException("Choose at least one library to scan.");
        }
        libraryIds.forEach(ScanResource::checkId);
        return HtmlResponse.changed(Templates.scanProgress(scanner.startScan(libraryIds)));
    }

    /** Loads the bundled demo library (no Plex needed) through the scanner; progress as for a scan. */
    @POST
    @Path("demo-library")
    public Response loadDemoLibrary() {
        return HtmlResponse.changed(Templates.scanProgress(scanner.loadDemoLibrary()));
    }

    /**
     * One {@code progress} event per scanner update, then {@code done} after the final state, which makes the
     * SSE extension close the connection (sse-close) instead of reconnecting.
     */
    @GET
    @Path("scans/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> scanEvents(@RestPath String id, @Context Sse sse) {
        checkId(id);
        return scanner.scanEvents(id)
                .onItem().transformToMultiAndConcatenate(scan -> {
                    OutboundSseEvent progress = event(sse, "progress", Templates.scanStatus(scan).render());
                    return scan.finished()
                            ? Multi.createFrom().items(progress, event(sse, "done", ""))
                            : Multi.createFrom().item(progress);
                })
                .onFailure(UpstreamException.class)
                .recoverWithMulti(e -> Multi.createFrom().items(
                        event(sse, "progress", Templates.streamError(e.getMessage()).render()), event(sse, "done", "")));
    }

    private static OutboundSseEvent event(Sse sse, String name, String html) {
        return sse.newEventBuilder().name(name).data(SseHtml.oneLine(html)).build();
    }

    private static void checkId(String id) {
        if (id == null || !SCAN_ID.matcher(id).matches()) {
            throw new BadInputException("Not a library or scan id.");
        }
    }
}
