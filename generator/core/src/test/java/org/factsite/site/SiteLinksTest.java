package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factsite.testing.FeedChecks;
import org.factsite.testing.Fixtures;
import org.factsite.testing.SiteCrawler;
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

    @ParameterizedTest
    @ValueSource(strings = {"golden", "sample"})
    void everyInternalLinkResolves(String archive, @TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        FactSite.build(Fixtures.build(archive.equals("golden") ? Fixtures.GOLDEN : Fixtures.SAMPLE, site, BASE));
        assertTrue(SiteCrawler.pages(site).size() > 10);
        SiteCrawler.Report report = new SiteCrawler(site, BASE).crawl();
        assertEquals(List.of(), report.broken());
        assertTrue(report.internalLinks() > 100, "internal links checked: " + report.internalLinks());
        checkSitemap(site);
    }

    /**
     * A page's links to its own site go from the host's root, never through the public address: in the preview
     * (served on 127.0.0.1) a click must not leave for a site that may not be live yet. Only what is read away
     * from the page names the public address: the canonical and alternate links, the share metadata, JSON-LD.
     */
    @ParameterizedTest
    @ValueSource(strings = {"golden", "sample"})
    void noLinkAReaderClicksGoesThroughThePublicAddress(String archive, @TempDir Path out) throws Exception {
        Path site = out.resolve("site");
        FactSite.build(Fixtures.build(archive.equals("golden") ? Fixtures.GOLDEN : Fixtures.SAMPLE, site, BASE));
        List<String> leaving = new java.util.ArrayList<>();
        for (Path page : SiteCrawler.pages(site)) {
            if (page.toString().contains("/embed/")) {
                continue; // shown on other sites: its link to the check must be the public address
            }
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
            for (org.jsoup.nodes.Element e : html.select("a[href], img[src], script[src], form[action], "
                    + "link[rel=stylesheet]")) {
                String target = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (target.startsWith("https://example.org/")) {
                    leaving.add(site.relativize(page) + ": " + target);
                }
            }
        }
        assertEquals(List.of(), leaving);
    }

    private static void checkSitemap(Path site) throws Exception {
        NodeList locs = FeedChecks.parseXml(site.resolve("sitemap.xml")).getElementsByTagName("loc");
        SiteCrawler crawler = new SiteCrawler(site, BASE);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            String loc = locs.item(i).getTextContent();
            assertTrue(loc.startsWith(BASE), loc);
            assertTrue(seen.add(loc), "listed twice: " + loc);
            assertTrue(Files.isRegularFile(crawler.fileFor(URI.create(loc))), "sitemap lists a missing page: " + loc);
        }
        long embeds = SiteCrawler.pages(site).stream().filter(p -> p.toString().contains("/embed/")).count();
        assertTrue(embeds > 0, "the claims have embeds");
        assertEquals(SiteCrawler.pages(site).size() - 1 - embeds, seen.size(),
                "every page but 404.html and the embeds (other sites' to show, not the site's own) is in the sitemap");
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: " + BASE + "sitemap.xml"), robots);
        assertTrue(Files.exists(site.resolve(".nojekyll")));
    }
}
