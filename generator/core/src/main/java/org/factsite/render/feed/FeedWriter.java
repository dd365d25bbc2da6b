package org.factsite.render.feed;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * RSS 2.0 and JSON Feed 1.1. XML is written with StAX and JSON with Jackson, so escaping is the libraries'
 * job. Dates come from the claims, never from the build's clock, so feeds are reproducible.
 */
public final class FeedWriter {

    /** RFC 822 with a four-digit year and English names, whatever the machine's locale. */
    static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The channel of a feed: what it is, where it lives, in which language.
     *
     * @param sitePath the feed's file below its edition's folder
     */
    public record Channel(String title, String description, String homeUrl, String feedUrl, String language,
            String sitePath) {

        /** What of the channel the feed shows, for its key. */
        List<String> key() {
            return List.of(title, description, homeUrl, feedUrl, language);
        }
    }

    public String rss(Channel channel, List<FeedItem> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeStartElement("channel");
            element(w, "title", channel.title());
            element(w, "link", channel.homeUrl());
            // Plain text, but many readers render a channel description as HTML: escaped so it shows as written.
            element(w, "description", Escaping.escapeHtml(channel.description(), false));
            element(w, "language", channel.language());
            w.writeEmptyElement("atom", "link", ATOM);
            w.writeAttribute("href", channel.feedUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            if (!items.isEmpty()) {
                element(w, "pubDate", RFC_822.format(items.stream().map(FeedItem::modified).max(Comparable::compareTo)
                        .orElseThrow()));
            }
            for (FeedItem item : items) {
                w.writeStartElement("item");
                element(w, "title", item.title());
                element(w, "link", item.url());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", Boolean.toString(item.permalink()));
                w.writeCharacters(item.id());
                w.writeEndElement();
                element(w, "pubDate", RFC_822.format(item.published()));
                element(w, "description", item.contentHtml());
                for (String category : item.categories()) {
                    element(w, "category", category);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the RSS feed", e);
        }
        return out + "\n";
    }

    public String jsonFeed(Channel channel, List<FeedItem> items) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", channel.title());
        feed.put("home_page_url", channel.homeUrl());
        feed.put("feed_url", channel.feedUrl());
        feed.put("description", channel.description());
        feed.put("language", channel.language());
        feed.put("items", items.stream().map(FeedWriter::jsonItem).toList());
        try {
            return json.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON feed", e);
        }
    }

    private static Map<String, Object> jsonItem(FeedItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("url", item.url());
        map.put("title", item.title());
        map.put("content_html", item.contentHtml());
        map.put("summary", item.summary());
        map.put("date_published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.published()));
        map.put("date_modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(item.modified()));
        map.put("tags", item.categories());
        return map;
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
