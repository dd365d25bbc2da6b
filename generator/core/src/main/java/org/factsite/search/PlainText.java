package org.factsite.search;

import com.vladsch.flexmark.util.sequence.Escaping;

/** The text of rendered HTML, for the search index: tags dropped (block ends become spaces), entities decoded. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String html) {
        // A scan rather than a regular expression: every claim's article passes here on every build.
        StringBuilder text = new StringBuilder(html.length());
        boolean entities = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    text.append(html, i, html.length()); // "<" with no end is text, as the expression left it
                    break;
                }
                text.append(' ');
                i = end;
            } else {
                entities |= c == '&';
                text.append(c);
            }
        }
        return entities ? Escaping.unescapeHtml(text) : text.toString();
    }
}
