package io.plexrecommend.scanner.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decides how an uploaded export's bytes become text. A byte-order mark wins (UTF-8, UTF-16 LE/BE: Excel and
 * Windows tools write them); else the request's {@code charset} (e.g. {@code text/csv; charset=ISO-8859-1}); else
 * UTF-16 when every other byte of the start is zero (UTF-16 without a mark); else UTF-8. The decoder is strict:
 * bytes that are not valid in the chosen charset refuse the import ({@link InvalidImportException}) instead of
 * turning titles into replacement characters that match nothing.
 */
final class ImportCharset {

    private static final int SNIFF = 64;

    static Reader reader(InputStream body, Charset requested) throws IOException {
        BOMInputStream bom = BOMInputStream.builder().setInputStream(body)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        Charset charset;
        InputStream in = bom;
        if (bom.hasBOM()) {
            charset = Charset.forName(bom.getBOMCharsetName());
        } else if (requested != null) {
            charset = requested;
        } else {
            BufferedInputStream buffered = new BufferedInputStream(bom);
            charset = sniff(buffered);
            in = buffered;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** UTF-16 LE or BE when the zero bytes of ASCII text sit at odd or even positions; UTF-8 otherwise. */
    private static Charset sniff(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] start = in.readNBytes(SNIFF);
        in.reset();
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = start.length / 2;
        if (half >= 4 && oddZeros >= half * 3 / 4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (half >= 4 && evenZeros >= half * 3 / 4 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    private ImportCharset() {
    }
}
