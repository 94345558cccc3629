package io.plexrecommend.embedding.features;

import io.plexrecommend.events.MediaItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Release year on a linear scale, the decade one-hot (so the model can treat eras as categories), and the release
 * month on a circle (sin/cos, so December sits next to January). Everything is 0 when the date is unknown; the
 * month is 0/0 when only the year is known.
 */
final class TemporalFeatures implements FeatureEncoder {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2030;
    static final List<String> DECADES = List.of("pre1950", "1950s", "1960s", "1970s", "1980s", "1990s", "2000s",
            "2010s", "2020s");

    @Override
    public List<String> slots() {
        List<String> slots = new ArrayList<>();
        slots.add("release_year");
        DECADES.forEach(d -> slots.add("decade_" + d));
        slots.add("release_month_sin");
        slots.add("release_month_cos");
        return slots;
    }

    @Override
    public void encode(MediaItem item, float[] out, int offset) {
        Integer year = item.releaseDate() != null ? Integer.valueOf(item.releaseDate().getYear()) : item.year();
        if (year == null || year <= 0) {
            return;
        }
        double scaled = (year - FIRST_YEAR) / (double) (LAST_YEAR - FIRST_YEAR);
        out[offset] = (float) Math.max(0, Math.min(1, scaled));
        int decade = year < 1950 ? 0 : Math.min(DECADES.size() - 1, (year - 1950) / 10 + 1);
        out[offset + 1 + decade] = 1f;
        if (item.releaseDate() != null) {
            double angle = 2 * Math.PI * (item.releaseDate().getMonthValue() - 1) / 12.0;
            out[offset + 1 + DECADES.size()] = (float) Math.sin(angle);
            out[offset + 2 + DECADES.size()] = (float) Math.cos(angle);
        }
    }
}
