package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.scan.ScanRequest;
import io.plexrecommend.scanner.scan.ScanService;
import io.plexrecommend.scanner.scan.ScanView;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Scan jobs: start one, follow it (JSON or server-sent events), list recent ones. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    /** How often the event stream looks at the job; an event goes out only when something changed. */
    private static final Duration POLL = Duration.ofMillis(250);

    private final ScanService scans;

    public ScanResource(ScanService scans) {
        this.scans = scans;
    }

    @POST
    @Path("/scans")
    public RestResponse<ScanView> start(ScanRequest request) {
        return RestResponse.accepted(scans.startPlex(request == null ? List.of() : request.libraryIds()));
    }

    @POST
    @Path("/demo-library")
    public RestResponse<ScanView> demo() {
        return RestResponse.accepted(scans.startDemo());
    }

    @GET
    @Path("/scans")
    public List<ScanView> recent() {
        return scans.recent();
    }

    @GET
    @Path("/scans/{id}")
    public ScanView scan(@PathParam("id") String id) {
        return scans.find(id).orElseThrow(() -> unknown(id));
    }

    @DELETE
    @Path("/scans/{id}")
    public ScanView cancel(@PathParam("id") String id) {
        return scans.cancel(id).orElseThrow(() -> unknown(id));
    }

    /** The job as it changes (an event per change, polled every 250 ms), ending after its final state. */
    @GET
    @Path("/scans/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<ScanView> events(@PathParam("id") String id) {
        scans.find(id).orElseThrow(() -> unknown(id));
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<ScanView> last = new AtomicReference<>();
            ScheduledFuture<?> poll = Infrastructure.getDefaultWorkerPool().scheduleAtFixedRate(() -> {
                ScanView view = scans.find(id).orElse(null);
                if (view != null && !view.equals(last.getAndSet(view))) {
                    emitter.emit(view);
                }
                if (view == null || view.isFinal()) {
                    emitter.complete();
                }
            }, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> poll.cancel(false));
        });
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("no scan with id '" + id + "'");
    }
}
