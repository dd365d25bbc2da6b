package org.factsite.config;

import java.net.URI;
import java.util.Optional;

/**
 * The public address of the site, e.g. {@code https://org.github.io/archive/}. Every link, canonical URL,
 * feed entry and JSON-LD url is derived from it, so a project site under a path works everywhere.
 *
 * @param origin scheme and host, e.g. {@code https://org.github.io}
 * @param path   the site's base path, starting and ending with {@code /}, e.g. {@code /archive/}
 */
public record BaseUrl(String origin, String path) {

    public BaseUrl {
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + path);
        }
    }

    /** Parses an absolute http(s) address; empty with {@code problem} set when it is not one. */
    public static Optional<BaseUrl> parse(String text, StringBuilder problem) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problem.append("must be an absolute http(s) address, e.g. https://example.org/ or "
                        + "https://owner.github.io/repo/");
                return Optional.empty();
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problem.append("must not have a query (?...) or fragment (#...)");
                return Optional.empty();
            }
            // configure-pages gives no trailing slash; a doubled one would make every path "//".
            String raw = uri.getRawPath() == null ? "" : uri.getRawPath();
            String path = raw.replaceAll("/+$", "") + "/";
            String origin = scheme + "://" + uri.getRawAuthority();
            return Optional.of(new BaseUrl(origin, path));
        } catch (java.net.URISyntaxException e) {
            problem.append("is not a valid address: ").append(e.getReason());
            return Optional.empty();
        }
    }

    /** Path from the host root, for links inside the site: {@code /archive/claims/x/}. */
    public String pathTo(String sitePath) {
        return path + sitePath;
    }

    /** Absolute address, for canonical links, feeds and JSON-LD: {@code https://host/archive/claims/x/}. */
    public String absolute(String sitePath) {
        return origin + path + sitePath;
    }

    @Override
    public String toString() {
        return origin + path;
    }
}
