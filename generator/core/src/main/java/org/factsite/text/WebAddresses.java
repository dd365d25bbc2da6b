package org.factsite.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Checks the web addresses authors write: only absolute http(s) addresses are ever published. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /** Empty when {@code text} is an absolute http or https address with a host; else why it is not. */
    public static Optional<String> problem(String text) {
        String t = text.strip();
        int colon = t.indexOf(':');
        String scheme = colon > 0 ? t.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("`" + t + "` is not a web address; write it in full, starting with https://");
        }
        try {
            URI uri = new URI(t.replace(" ", "%20"));
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("`" + t + "` has no host name; write it in full, e.g. https://example.org/page");
            }
        } catch (URISyntaxException e) {
            // Browsers are lenient with odd characters, and so are we: the address is escaped on output.
            if (!t.matches("(?i)https?://[^/\\s?#]+.*")) {
                return Optional.of("`" + t + "` is not a valid web address: " + e.getReason());
            }
        }
        return Optional.empty();
    }
}
