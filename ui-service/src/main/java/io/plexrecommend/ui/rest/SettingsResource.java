package io.plexrecommend.ui.rest;

import io.plexrecommend.ui.client.ConnectionTest;
import io.plexrecommend.ui.client.ScannerClient;
import io.plexrecommend.ui.client.Settings;
import io.plexrecommend.ui.page.BadInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plex, TMDB and TVDB settings, kept by scanner-service. The form shows what is saved only masked ("••••1a2b"),
 * never fills a secret input, and sends only what the user typed: an empty secret input keeps the saved value,
 * its "clear" box removes it.
 */
@Path("/config/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsResource {

    /** Form field → (section, field) of the scanner's settings JSON. The Plex URL is the one non-secret. */
    static final Map<String, String[]> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("plexUrl", new String[] {"plex", "url"});
        FIELDS.put("plexToken", new String[] {"plex", "token"});
        FIELDS.put("tmdbApiKey", new String[] {"tmdb", "apiKey"});
        FIELDS.put("tmdbReadToken", new String[] {"tmdb", "readToken"});
        FIELDS.put("tvdbApiKey", new String[] {"tvdb", "apiKey"});
        FIELDS.put("tvdbPin", new String[] {"tvdb", "pin"});
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(Settings settings, String notice);

        static native TemplateInstance connectionTests(List<ConnectionTest> results);
    }

    private final ScannerClient scanner;

    SettingsResource(ScannerClient scanner) {
        this.scanner = scanner;
    }

    @GET
    public Response form() {
        return HtmlResponse.ok(Templates.settings(scanner.settings(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        Map<String, Map<String, String>> changes = changes(form);
        if (changes.isEmpty()) {
            return HtmlResponse.ok(Templates.settings(scanner.settings(), "Nothing to save: type a new value or tick “clear”."));
        }
        return HtmlResponse.ok(Templates.settings(scanner.updateSettings(changes), "Saved."));
    }

    /**
     * The playlist switch and size, a form of their own: a checkbox is absent when unticked, so this form always
     * sends both values, and saving it never touches the connection secrets.
     */
    @POST
    @Path("playlists")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePlaylists(MultivaluedMap<String, String> form) {
        boolean enabled = "on".equals(form.getFirst("playlistsEnabled"));
        String size = form.getFirst("playlistsSize");
        if (size == null || !size.strip().matches("\\d{1,3}") || Integer.parseInt(size.strip()) < 1
                || Integer.parseInt(size.strip()) > 100) {
            throw new BadInputException("A playlist holds 1 to 100 titles.");
        }
        Map<String, String> playlists = new LinkedHashMap<>();
        playlists.put("enabled", Boolean.toString(enabled));
        playlists.put("size", size.strip());
        Settings saved = scanner.updateSettings(Map.of("playlists", playlists));
        return HtmlResponse.ok(Templates.settings(saved, enabled
                ? "Saved. Plex playlists are being written; they follow each profile's ratings."
                : "Saved. The app's Plex playlists are being removed."));
    }

    @POST
    @Path("test")
    public Response test() {
        return HtmlResponse.ok(Templates.connectionTests(scanner.testConnections()));
    }

    /** What to send: typed values, "" for ticked "clear" boxes; the Plex URL only when it changed shape-checked. */
    static Map<String, Map<String, String>> changes(MultivaluedMap<String, String> form) {
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        FIELDS.forEach((field, target) -> {
            String value = form.getFirst(field);
            String clear = form.getFirst("clear-" + field);
            String change = null;
            if ("on".equals(clear)) {
                change = "";
            } else if (value != null && !value.isBlank()) {
                change = value.trim();
            }
            if (change != null) {
                changes.computeIfAbsent(target[0], section -> new LinkedHashMap<>()).put(target[1], change);
            }
        });
        String url = changes.getOrDefault("plex", Map.of()).get("url");
        if (url != null && !url.isEmpty()) {
            checkPlexUrl(url);
        }
        return changes;
    }

    private static void checkPlexUrl(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (Exception malformed) {
            // refused below
        }
        throw new BadInputException("The Plex URL looks like http://192.168.1.10:32400 (http or https, host and port).");
    }
}
