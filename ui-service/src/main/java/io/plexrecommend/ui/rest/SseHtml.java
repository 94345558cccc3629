package io.plexrecommend.ui.rest;

/** HTML sent as one server-sent event: line breaks would split it into several {@code data:} lines. */
final class SseHtml {

    private SseHtml() {
    }

    static String oneLine(String html) {
        return html.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
