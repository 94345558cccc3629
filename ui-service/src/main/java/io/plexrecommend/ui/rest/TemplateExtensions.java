package io.plexrecommend.ui.rest;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/** View-only formatting for the templates. */
@TemplateExtension
final class TemplateExtensions {

    private TemplateExtensions() {
    }

    /** 12345 → "12,345": counts of a whole library are easier to read grouped. */
    static String grouped(long number) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
    }

    static String grouped(int number) {
        return grouped((long) number);
    }
}
