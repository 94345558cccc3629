package io.plexrecommend.scanner.rest;

import io.plexrecommend.scanner.settings.ConnectionTester;
import io.plexrecommend.scanner.settings.ConnectionTester.Result;
import io.plexrecommend.scanner.settings.SettingsService;
import io.plexrecommend.scanner.settings.SettingsView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Connection settings (secrets only ever masked) and a per-source connection test. */
@Path("/api/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;
    private final ConnectionTester tester;

    public SettingsResource(SettingsService settings, ConnectionTester tester) {
        this.settings = settings;
        this.tester = tester;
    }

    @GET
    public SettingsView get() {
        return settings.view();
    }

    @PUT
    public SettingsView update(SettingsView update) {
        return settings.update(update);
    }

    @POST
    @Path("/test")
    public List<Result> test() {
        return tester.testAll();
    }
}
