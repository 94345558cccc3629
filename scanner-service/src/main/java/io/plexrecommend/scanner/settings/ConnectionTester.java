package io.plexrecommend.scanner.settings;

import io.plexrecommend.scanner.enrich.ApiAuthException;
import io.plexrecommend.scanner.enrich.EnrichmentException;
import io.plexrecommend.scanner.enrich.TmdbClient;
import io.plexrecommend.scanner.enrich.TmdbCredential;
import io.plexrecommend.scanner.enrich.TvdbClient;
import io.plexrecommend.scanner.plex.PlexClient;
import io.plexrecommend.scanner.plex.PlexConnection;
import io.plexrecommend.scanner.plex.PlexException;
import io.plexrecommend.scanner.plex.PlexServerInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * "Test connection": asks each source one cheap authenticated question and says, in plain words, whether it is
 * reachable and accepts the credentials, or exactly why not.
 */
@ApplicationScoped
public class ConnectionTester {

    /** One source's answer; {@code serverName}/{@code version} only for Plex. */
    public record Result(String source, boolean ok, String message, String serverName, String version) {
    }

    private final SettingsService settings;
    private final PlexClient plex;
    private final TmdbClient tmdb;
    private final TvdbClient tvdb;

    public ConnectionTester(SettingsService settings, PlexClient plex, TmdbClient tmdb, TvdbClient tvdb) {
        this.settings = settings;
        this.plex = plex;
        this.tmdb = tmdb;
        this.tvdb = tvdb;
    }

    public List<Result> testAll() {
        Settings current = settings.current();
        return List.of(plex(current), tmdb(current), tvdb(current));
    }

    private Result plex(Settings current) {
        try {
            PlexServerInfo info = plex.server(PlexConnection.owner(current));
            String name = info.name() != null ? info.name() : info.machineIdentifier();
            return new Result("plex", true, "Connected to Plex server '" + name + "'"
                    + (info.version() != null ? " (" + info.version() + ")" : ""), name, info.version());
        } catch (PlexException e) {
            return new Result("plex", false, e.getMessage(), null, null);
        }
    }

    private Result tmdb(Settings current) {
        var key = TmdbCredential.from(current);
        if (key.isEmpty()) {
            return new Result("tmdb", false, "TMDB is not configured: set an API key or read access token "
                    + "(PUT /api/settings, or env TMDB_API_KEY / TMDB_READ_TOKEN)", null, null);
        }
        try {
            tmdb.configuration(key.get());
            return new Result("tmdb", true, "Connected to TMDB; the "
                    + (current.tmdbReadToken() != null ? "read access token" : "API key") + " was accepted", null, null);
        } catch (ApiAuthException e) {
            return new Result("tmdb", false, e.getMessage() + ": check the key in your TMDB account settings", null, null);
        } catch (EnrichmentException | FaultToleranceException e) {
            return new Result("tmdb", false, "TMDB is not reachable: " + e.getMessage(), null, null);
        }
    }

    private Result tvdb(Settings current) {
        if (!current.tvdbConfigured()) {
            return new Result("tvdb", false, "TVDB is not configured: set an API key (and PIN for user-supported "
                    + "keys) (PUT /api/settings, or env TVDB_API_KEY / TVDB_PIN)", null, null);
        }
        try {
            tvdb.login(new TvdbClient.Credential(current.tvdbApiKey(), current.tvdbPin()));
            return new Result("tvdb", true, "Connected to TheTVDB; the API key was accepted", null, null);
        } catch (ApiAuthException e) {
            return new Result("tvdb", false, e.getMessage() + (current.tvdbPin() == null
                    ? ": user-supported keys also need the subscriber PIN" : ""), null, null);
        } catch (EnrichmentException | FaultToleranceException e) {
            return new Result("tvdb", false, "TVDB is not reachable: " + e.getMessage(), null, null);
        }
    }
}
