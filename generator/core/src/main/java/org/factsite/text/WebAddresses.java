package org.factsite.text;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Checks the web addresses authors write: only absolute http(s) addresses are ever published. */
public final class WebAddresses {

    private WebAddresses() {
    }

    /**
     * The address as a browser would send it: characters a URL may not hold (spaces, quotes, angle brackets,
     * non-ASCII ...) percent-encoded as UTF-8, an internationalised host in its ASCII form. Existing escapes
     * are kept. Authors may paste addresses as a browser shows them; pages and feeds get valid URLs.
     */
    public static String encode(String address) {
        String t = address.strip();
        int hostStart = t.indexOf("://") + 3;
        int hostEnd = hostStart;
        while (hostEnd < t.length() && "/?#".indexOf(t.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = t.substring(hostStart, hostEnd);
        if (!host.chars().allMatch(c -> c < 0x80)) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                host = percentEncode(host);
            }
        }
        return t.substring(0, hostStart) + host + percentEncode(t.substring(hostEnd));
    }

    private static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
