package org.factsite.render;

import java.util.regex.Pattern;

import com.vladsch.flexmark.util.sequence.Escaping;

/** The text of rendered HTML, for the search index: tags dropped (block ends become spaces), entities decoded. */
final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PlainText() {
    }

    static String of(String html) {
        return Escaping.unescapeHtml(TAG.matcher(html).replaceAll(" "));
    }
}
