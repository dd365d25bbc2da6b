package org.factsite.preview;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the path of a request into a path of the site, or refuses it. Anything that could leave the site
 * folder is refused, encoded or not: {@code .} and {@code ..} segments, backslashes, NUL and malformed escapes.
 */
final class SitePaths {

    private SitePaths() {
    }

    /**
     * The site path (no leading slash) that {@code rawPath}, as the client sent it, asks for below
     * {@code basePath}; empty when it is outside the base path or unsafe.
     */
    static Optional<String> resolve(String rawPath, String basePath) {
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty() || !decoded.get().startsWith(basePath)) {
            return Optional.empty();
        }
        String path = decoded.get().substring(basePath.length());
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0 || path.startsWith("/")) {
            return Optional.empty();
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** Percent-decoding as UTF-8; empty for a malformed escape or invalid UTF-8. */
    static Optional<String> decode(String raw) {
        int query = raw.indexOf('?');
        String path = query >= 0 ? raw.substring(0, query) : raw;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(path.charAt(i + 1), 16);
                int lo = Character.digit(path.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
