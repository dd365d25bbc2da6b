package org.factsite.testing;

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

import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Feeds parsed by ROME (a lenient parser, so not proof of validity) and held to the rules feed validators
 * enforce: RFC 822 dates, a self link equal to the feed's address, unique guids matching isPermaLink,
 * absolute URLs and no script in descriptions; and the JSON feed's required fields.
 */
public final class FeedChecks {

    private FeedChecks() {
    }

    /** Every {@code feed.xml} below {@code site}. */
    public static List<Path> rssFeeds(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().toList();
        }
    }

    /** Checks one RSS feed published at {@code base + its path}; returns its item count. */
    public static int checkRss(Path site, Path feed, String base) throws Exception {
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(feed.toFile()));
        assertEquals("rss_2.0", parsed.getFeedType(), feed.toString());
        String selfUrl = base + site.relativize(feed).toString().replace(File.separatorChar, '/');
        Document xml = parseXml(feed);
        Element channel = (Element) xml.getElementsByTagName("channel").item(0);
        for (String required : List.of("title", "link", "description")) {
            assertEquals(1, childCount(channel, required), feed + " channel " + required);
        }
        NodeList self = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        assertEquals(1, self.getLength(), feed + " atom:link");
        assertEquals(selfUrl, ((Element) self.item(0)).getAttribute("href"));
        assertEquals("self", ((Element) self.item(0)).getAttribute("rel"));
        NodeList items = xml.getElementsByTagName("item");
        assertEquals(parsed.getEntries().size(), items.getLength());
        Set<String> guids = new HashSet<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            Element guid = (Element) item.getElementsByTagName("guid").item(0);
            assertTrue(guids.add(guid.getTextContent()), "duplicate guid in " + feed);
            if (guid.getAttribute("isPermaLink").equals("true")) {
                assertEquals(text(item, "link"), guid.getTextContent());
            }
            assertTrue(text(item, "link").startsWith(base), text(item, "link"));
            String date = text(item, "pubDate");
            assertEquals(date, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME)), "RFC 822 date round trip");
            assertTrue(date.matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} .+"), date);
            assertAbsoluteLinks(text(item, "description"));
        }
        return items.getLength();
    }

    /** Checks {@code feed.json}; returns its item count. */
    public static int checkJsonFeed(Path site, String base) throws Exception {
        JsonNode feed = new ObjectMapper().readTree(site.resolve("feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertTrue(feed.hasNonNull("title"));
        assertEquals(base + "feed.json", feed.get("feed_url").asText());
        assertEquals(base, feed.get("home_page_url").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            assertTrue(ids.add(item.get("id").asText()), "unique ids");
            assertTrue(item.hasNonNull("content_html"));
            OffsetDateTime.parse(item.get("date_published").asText());
            assertAbsoluteLinks(item.get("content_html").asText());
        }
        return ids.size();
    }

    /** No relative href or src in feed HTML, and nothing that runs script. */
    public static void assertAbsoluteLinks(String html) {
        var doc = Jsoup.parseBodyFragment(html);
        for (var e : doc.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertTrue(url.startsWith("https://"), "relative URL in feed content: " + url);
        }
        assertTrue(doc.select("script, iframe").isEmpty());
        assertFalse(html.contains("javascript:"));
    }

    /** A namespace-aware DOM parser that refuses DTDs. */
    public static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static int childCount(Element parent, String name) {
        int n = 0;
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                n++;
            }
        }
        return n;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent();
    }
}
