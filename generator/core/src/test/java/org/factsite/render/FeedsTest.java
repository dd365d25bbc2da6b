package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.factsite.site.FactSite;
import org.factsite.testing.FeedChecks;
import org.factsite.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every feed parsed by ROME (a lenient parser, so not proof of validity) and then held to the rules that
 * feed validators enforce: RFC 822 dates, self links, unique permalink guids, absolute URLs only.
 */
class FeedsTest {

    static final String BASE = "https://example.org/archive/";

    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = out.resolve("site");
        FactSite.build(Fixtures.build(Fixtures.GOLDEN, site, BASE));
    }

    @Test
    void everyRssFeedParsesAndFollowsTheRules() throws Exception {
        List<Path> feeds = FeedChecks.rssFeeds(site);
        assertEquals(List.of("claimants/a-regional-newspaper/feed.xml", "corrections/feed.xml", "feed.xml",
                "tags/giao-thong/feed.xml", "tags/prices/feed.xml", "tags/transport/feed.xml"), feeds.stream().map(p -> site.relativize(p).toString()).toList());
        for (Path feed : feeds) {
            FeedChecks.checkRss(site, feed, BASE);
        }
        assertEquals(3, FeedChecks.checkRss(site, site.resolve("feed.xml"), BASE));
    }

    @Test
    void mainFeedHoldsTheNewestClaimsWithTheVerdictInTheTitle() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new XmlReader(site.resolve("feed.xml").toFile()));
        assertEquals(List.of("Mixed: Did the bridge toll double in 2024?",
                "Phần lớn sai: Có phải cầu mới được xây bằng vốn vay không?", "False: Does this photo show the new ferry?"),
                feed.getEntries().stream().map(e -> e.getTitle()).toList());
        assertEquals("Mixed", feed.getEntries().get(0).getCategories().get(0).getName());
    }

    @Test
    void correctionsFeedHasStableNonPermalinkIds() throws Exception {
        Document xml = FeedChecks.parseXml(site.resolve("corrections/feed.xml"));
        Element guid = (Element) xml.getElementsByTagName("guid").item(0);
        assertEquals("false", guid.getAttribute("isPermaLink"));
        assertEquals(BASE + "claims/bridge-toll/#correction-2025-03-06", guid.getTextContent());
    }

    @Test
    void jsonFeedHasEveryRequiredField() throws Exception {
        assertEquals(3, FeedChecks.checkJsonFeed(site, BASE));
        JsonNode feed = new ObjectMapper().readTree(site.resolve("feed.json").toFile());
        assertEquals("Golden Desk", feed.get("title").asText());
    }

}
