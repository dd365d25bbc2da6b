package org.factsite.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a built site as it will be served at {@code base}: every internal {@code href} and {@code src} must
 * resolve to a written file, and every {@code #fragment} to an id on the target page. External links are
 * collected, never fetched.
 */
public final class SiteCrawler {

    /** What the crawl found: broken internal links, the number checked, and every external address. */
    public record Report(List<String> broken, int internalLinks, Set<String> external) {
    }

    private final Path site;
    private final String base;
    private final String prefix;
    private final Map<Path, Document> parsed = new HashMap<>();

    public SiteCrawler(Path site, String base) {
        this.site = site;
        this.base = base;
        this.prefix = URI.create(base).getPath();
    }

    public Report crawl() throws Exception {
        List<String> broken = new ArrayList<>();
        Set<String> external = new TreeSet<>();
        int checked = 0;
        for (Path page : pages(site)) {
            String pageUrl = base + site.relativize(page).toString().replace('\\', '/').replaceFirst("index\\.html$", "");
            Document html = parse(page);
            for (Element e : html.select("a[href], link[href], img[src], script[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("/") && !raw.startsWith(prefix)) {
                    broken.add(where(page) + ": root-relative link without the base path: " + raw);
                    continue;
                }
                URI target = URI.create(pageUrl).resolve(raw.replace(" ", "%20"));
                if (!target.toString().startsWith(base)) {
                    external.add(target.toString());
                    continue;
                }
                checked++;
                Path file = fileFor(target);
                if (!Files.isRegularFile(file)) {
                    broken.add(where(page) + ": " + raw + " -> no file " + site.relativize(file));
                } else if (target.getFragment() != null && file.toString().endsWith(".html")
                        && parse(file).getElementById(target.getFragment()) == null) {
                    broken.add(where(page) + ": " + raw + " -> no element with id " + target.getFragment());
                }
            }
        }
        return new Report(broken, checked, external);
    }

    /** The file that serves {@code target} (a folder address serves its index.html). */
    public Path fileFor(URI target) {
        String path = target.getPath().substring(prefix.length());
        return path.isEmpty() || path.endsWith("/") ? site.resolve(path).resolve("index.html") : site.resolve(path);
    }

    public static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private Document parse(Path page) throws Exception {
        Document doc = parsed.get(page);
        if (doc == null) {
            doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            parsed.put(page, doc);
        }
        return doc;
    }

    private String where(Path page) {
        return site.relativize(page).toString();
    }
}
