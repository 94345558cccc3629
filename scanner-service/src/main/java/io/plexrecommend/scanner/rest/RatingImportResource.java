package io.plexrecommend.scanner.rest;

import io.plexrecommend.rest.Echo;
import io.plexrecommend.scanner.config.ScannerConfig;
import io.plexrecommend.scanner.imports.ImportTooLargeException;
import io.plexrecommend.scanner.imports.InvalidImportException;
import io.plexrecommend.scanner.imports.RatingImportReport;
import io.plexrecommend.scanner.imports.RatingImporter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/** Imports a profile's ratings from an IMDb, Letterboxd, Trakt or generic CSV export (the file is the body). */
@Path("/api/profiles/{profile}/ratings/import")
public class RatingImportResource {

    private final RatingImporter importer;
    private final long maxBytes;

    public RatingImportResource(RatingImporter importer, ScannerConfig config) {
        this.importer = importer;
        this.maxBytes = config.imports().maxBytes();
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public RatingImportReport importRatings(@PathParam("profile") String profile, @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body) {
        if (length != null && length > maxBytes) {
            throw new ImportTooLargeException(maxBytes);
        }
        return importer.importCsv(profile, format, new Limited(body, maxBytes), charsetOf(type));
    }

    /** The {@code charset} parameter of the request's content type; null when none is named. */
    private static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        String name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidImportException("unknown charset '" + Echo.of(name) + "': name one such as UTF-8, "
                    + "UTF-16 or ISO-8859-1");
        }
    }

    /** Stops reading past the limit, for bodies sent without a Content-Length (chunked). */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ImportTooLargeException(max);
            }
        }
    }
}
