package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.factsite.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Builds an archive as a GitHub Pages project site (under {@code /archive/}) and crawls the output: every
 * internal link and asset must resolve to a written file, every fragment to an id on the target page, and
 * every sitemap address to a page.
 */
class SiteLinksTest {

    static final String BASE = "https://example.org/archive/";
    static final String PREFIX = "/archive/";

    @ParameterizedTest
    @ValueSource(strings = {"golden", "sample"})
    void everyInternalLinkResolves(String archive, @TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        FactSite.build(Fixtures.build(archive.equals("golden") ? Fixtures.GOLDEN : Fixtures.SAMPLE, site, BASE));
        List<Path> pages = htmlPages(site);
        assertTrue(pages.size() > 10, "pages: " + pages.size());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            String pageUrl = BASE + site.relativize(page).toString().replace('\\', '/').replaceFirst("index\\.html$", "");
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), pageUrl);
            for (Element e : html.select("a[href], link[href], img[src], script[src]")) {
                String raw = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (raw.startsWith("/") && !raw.startsWith(PREFIX)) {
                    broken.add(page + ": root-relative link without the base path: " + raw);
                    continue;
                }
                URI target = URI.create(pageUrl).resolve(raw.replace(" ", "%20"));
                if (!target.toString().startsWith(BASE)) {
                    continue; // external: listed by the conformance issue's crawler, never fetched here
                }
                checked++;
                Path file = fileFor(site, target);
                if (!Files.isRegularFile(file)) {
                    broken.add(page + ": " + raw + " -> no file " + site.relativize(file));
                } else if (target.getFragment() != null && file.toString().endsWith(".html")
                        && Jsoup.parse(file.toFile(), "UTF-8").getElementById(target.getFragment()) == null) {
                    broken.add(page + ": " + raw + " -> no element with id " + target.getFragment());
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, "internal links checked: " + checked);
        checkSitemap(site);
    }

    private static void checkSitemap(Path site) throws Exception {
        NodeList locs = org.factsite.render.FeedsTestAccess.parse(site.resolve("sitemap.xml")).getElementsByTagName("loc");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE), loc);
            assertTrue(seen.add(loc), "listed twice: " + loc);
            assertTrue(Files.isRegularFile(fileFor(site, URI.create(loc))), "sitemap lists a missing page: " + loc);
        }
        assertEquals(htmlPages(site).size() - 1, seen.size(), "every page but 404.html is in the sitemap");
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots);
        assertTrue(Files.exists(site.resolve(".nojekyll")));
    }

    static Path fileFor(Path site, URI target) {
        String path = target.getPath().substring(PREFIX.length());
        return path.isEmpty() || path.endsWith("/") ? site.resolve(path).resolve("index.html") : site.resolve(path);
    }

    static List<Path> htmlPages(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
