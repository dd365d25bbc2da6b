package org.factsite.deploy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How each file of the site is served from the bucket: its Content-Type (with its charset for text), its
 * Cache-Control, and whether it is stored gzip-compressed. Object stores serve what they are told; a file uploaded
 * without these is served as {@code application/octet-stream} and cached however the CDN likes.
 */
public final class ServingRules {

    /** Pages, feeds and data change with every edit: a reader sees an edit within five minutes. */
    public static final String SHORT = "public, max-age=300";
    /**
     * Styles, scripts, fonts and images keep their names when they change (no content hash in them), so a day, not
     * a year: a theme change reaches readers by the next day at the latest.
     */
    public static final String LONG = "public, max-age=86400";

    /** The charset is written UTF-8, as servers such as Jetty normalise it, so signed headers stay as sent. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("json", "application/json; charset=UTF-8"),
            Map.entry("xml", "application/xml; charset=UTF-8"),
            Map.entry("xsl", "application/xslt+xml; charset=UTF-8"),
            Map.entry("txt", "text/plain; charset=UTF-8"),
            Map.entry("csv", "text/csv; charset=UTF-8"),
            Map.entry("md", "text/markdown; charset=UTF-8"),
            Map.entry("svg", "image/svg+xml; charset=UTF-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=UTF-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("zip", "application/zip"));

    /** A glob without a {@code /} is matched against the file's name, as in .gitignore; else against its path. */
    private record Rule(PathMatcher matcher, boolean byName, String cacheControl) {
    }

    private final List<Rule> cacheRules;
    private final boolean gzip;

    /**
     * @param cacheControl the desk's own rules, before the defaults: {@code glob=value} pairs separated by {@code ;}
     *                     (e.g. {@code *.html=no-cache;assets/**=public, max-age=604800}), the first match wins
     * @param gzip         store text files gzip-compressed, served with {@code Content-Encoding: gzip}
     */
    public ServingRules(String cacheControl, boolean gzip) {
        this.gzip = gzip;
        List<Rule> rules = new ArrayList<>();
        if (cacheControl != null && !cacheControl.isBlank()) {
            for (String pair : cacheControl.split(";")) {
                int equals = pair.indexOf('=');
                if (equals <= 0 || pair.substring(equals + 1).isBlank()) {
                    throw new DeployException("the Cache-Control rule `" + pair.strip() + "` must be written "
                            + "glob=value, e.g. `*.html=public, max-age=60`");
                }
                String glob = pair.substring(0, equals).strip();
                rules.add(new Rule(FileSystems.getDefault().getPathMatcher("glob:" + glob), !glob.contains("/"),
                        pair.substring(equals + 1).strip()));
            }
        }
        this.cacheRules = List.copyOf(rules);
    }

    public String contentType(String sitePath) {
        return TYPES.getOrDefault(extension(sitePath), sitePath.endsWith(".nojekyll") ? "text/plain; charset=UTF-8"
                : "application/octet-stream");
    }

    public String cacheControl(String sitePath) {
        Path path = Path.of(sitePath);
        for (Rule rule : cacheRules) {
            if (rule.matcher().matches(rule.byName() ? path.getFileName() : path)) {
                return rule.cacheControl();
            }
        }
        String type = contentType(sitePath);
        boolean changing = type.startsWith("text/html") || type.startsWith("application/") || type.startsWith("text/plain")
                || type.startsWith("text/csv") || type.startsWith("text/markdown");
        return changing ? SHORT : LONG;
    }

    /** Whether the file is stored gzip-compressed: text, when asked for; images and fonts are compressed already. */
    public boolean compressed(String sitePath) {
        if (!gzip) {
            return false;
        }
        String type = contentType(sitePath);
        return type.contains("charset=");
    }

    private static String extension(String sitePath) {
        String name = sitePath.substring(sitePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
