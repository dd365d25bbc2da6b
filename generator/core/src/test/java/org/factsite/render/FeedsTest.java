package org.factsite.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.factsite.site.FactSite;
import org.factsite.testing.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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

    static List<Path> rssFeeds() throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    @Test
    void everyRssFeedParsesAndFollowsTheRules() throws Exception {
        List<Path> feeds = rssFeeds();
        assertEquals(List.of("corrections/feed.xml", "feed.xml", "tags/giao-thong/feed.xml", "tags/prices/feed.xml",
                "tags/transport/feed.xml"), feeds.stream().map(p -> site.relativize(p).toString()).toList());
        for (Path feed : feeds) {
            SyndFeed parsed = new SyndFeedInput().build(new XmlReader(feed.toFile()));
            assertEquals("rss_2.0", parsed.getFeedType(), feed.toString());
            checkStrictly(feed, BASE + site.relativize(feed).toString().replace(File.separatorChar, '/'),
                    parsed.getEntries().size());
        }
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
        Document xml = parse(site.resolve("corrections/feed.xml"));
        Element guid = (Element) xml.getElementsByTagName("guid").item(0);
        assertEquals("false", guid.getAttribute("isPermaLink"));
        assertEquals(BASE + "claims/bridge-toll/#correction-2025-03-06", guid.getTextContent());
    }

    @Test
    void jsonFeedHasEveryRequiredField() throws Exception {
        JsonNode feed = new ObjectMapper().readTree(site.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("Golden Desk", feed.get("title").asText());
        assertEquals(BASE + "feed.json", feed.get("feed_url").asText());
        assertEquals(BASE, feed.get("home_page_url").asText());
        assertEquals(3, feed.get("items").size());
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            assertTrue(ids.add(item.get("id").asText()), "unique ids");
            assertTrue(item.hasNonNull("content_html"));
            OffsetDateTime.parse(item.get("date_published").asText()); // RFC 3339
            assertAbsoluteLinks(item.get("content_html").asText());
        }
    }

    private static void checkStrictly(Path feed, String selfUrl, int items) throws Exception {
        Document xml = parse(feed);
        Element channel = (Element) xml.getElementsByTagName("channel").item(0);
        for (String required : List.of("title", "link", "description")) {
            assertEquals(1, channel.getElementsByTagName(required).getLength() - countInItems(channel, required),
                    feed + " channel " + required);
        }
        NodeList self = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        assertEquals(1, self.getLength(), feed + " atom:link");
        assertEquals(selfUrl, ((Element) self.item(0)).getAttribute("href"));
        assertEquals("self", ((Element) self.item(0)).getAttribute("rel"));
        NodeList itemList = xml.getElementsByTagName("item");
        assertEquals(items, itemList.getLength());
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < itemList.getLength(); i++) {
            Element item = (Element) itemList.item(i);
            Element guid = (Element) item.getElementsByTagName("guid").item(0);
            assertTrue(guids.add(guid.getTextContent()), "duplicate guid in " + feed);
            if (guid.getAttribute("isPermaLink").equals("true")) {
                assertEquals(text(item, "link"), guid.getTextContent());
            }
            assertTrue(text(item, "link").startsWith(selfUrl.substring(0, selfUrl.indexOf("/archive/") + 9)));
            String date = text(item, "pubDate");
            assertEquals(date, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)), "RFC 822 date round trip");
            assertTrue(date.matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} .+"), date);
            assertAbsoluteLinks(text(item, "description"));
        }
    }

    /** No relative href or src in feed HTML, and nothing that runs script. */
    static void assertAbsoluteLinks(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        for (var e : doc.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertTrue(url.startsWith("https://"), "relative URL in feed content: " + url);
        }
        assertTrue(doc.select("script, iframe").isEmpty());
        assertFalse(html.contains("javascript:"));
    }

    private static int countInItems(Element channel, String name) {
        int n = 0;
        NodeList items = channel.getElementsByTagName("item");
        for (int i = 0; i < items.getLength(); i++) {
            n += ((Element) items.item(i)).getElementsByTagName(name).getLength();
        }
        return n;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
