package org.factsite.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.testing.FeedChecks;
import org.factsite.testing.SiteCrawler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feeds that feed readers accept, and no broken link, on the sample and on the large archive. */
class FeedsAndLinksTest {

    static Path site(String archive) throws Exception {
        return archive.equals("sample") ? Archives.sample() : Archives.large();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "large"})
    void everyFeedParsesAndFollowsTheRules(String archive) throws Exception {
        Path site = site(archive);
        List<Path> feeds = FeedChecks.rssFeeds(site);
        assertTrue(feeds.size() > 5, "feeds: " + feeds);
        int items = 0;
        for (Path feed : feeds) {
            items += FeedChecks.checkRss(site, feed, Archives.BASE);
        }
        assertTrue(items > 10, "feed items: " + items);
        assertTrue(FeedChecks.checkJsonFeed(site, Archives.BASE) > 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample", "large"})
    void everyInternalLinkResolvesAndExternalOnesAreListed(String archive) throws Exception {
        Path site = site(archive);
        SiteCrawler.Report report = new SiteCrawler(site, Archives.BASE).crawl();
        Files.createDirectories(Archives.ROOT);
        Files.write(Archives.ROOT.resolve("external-links-" + archive + ".txt"), report.external());
        assertEquals(List.of(), report.broken());
        assertTrue(report.internalLinks() > 500, "internal links checked: " + report.internalLinks());
        assertTrue(!report.external().isEmpty());
    }
}
