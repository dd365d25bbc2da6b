package org.factsite.render.feed;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.factsite.config.BaseUrl;
import org.factsite.model.SiteLayout;
import org.factsite.write.SiteOutput;

/**
 * {@code sitemap.xml}: one {@code <url>} per page with the date its content last changed (never the build
 * time, which search engines learn to ignore). Past 50,000 addresses it becomes a sitemap index over
 * {@code sitemap-N.xml} files, as the protocol requires.
 */
public final class SitemapWriter {

    public static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** @param lastModified null when unknown (plain pages): the element is then left out */
    public record Entry(String sitePath, LocalDate lastModified) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private Function<String, Map<String, String>> alternates = sitePath -> Map.of();
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    public synchronized void add(String sitePath, LocalDate lastModified) {
        entries.add(new Entry(sitePath, lastModified));
    }

    public synchronized void write(BaseUrl base, SiteOutput output, int maxUrls) {
        write(base, output, maxUrls, sitePath -> Map.of());
    }

    /**
     * Writes the entries in address order, whatever order the pages were rendered in; a page with translations
     * lists each ({@code xhtml:link rel="alternate" hreflang}, itself included), as search engines read them.
     *
     * @param alternates a page's address (below the root) to its translations' absolute addresses by language
     */
    public synchronized void write(BaseUrl base, SiteOutput output, int maxUrls,
            Function<String, Map<String, String>> alternates) {
        this.alternates = alternates;
        entries.sort(java.util.Comparator.comparing(Entry::sitePath));
        if (entries.size() <= maxUrls) {
            output.writeText(SiteLayout.SITEMAP, urlSet(base, entries));
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += maxUrls) {
            String name = SiteLayout.sitemapPart(i / maxUrls + 1);
            output.writeText(name, urlSet(base, entries.subList(i, Math.min(entries.size(), i + maxUrls))));
            parts.add(name);
        }
        output.writeText(SiteLayout.SITEMAP, index(base, parts));
    }

    private boolean hasAlternates;

    private String urlSet(BaseUrl base, List<Entry> urls) {
        hasAlternates = urls.stream().anyMatch(e -> alternates.apply(e.sitePath()).size() > 1);
        return document("urlset", w -> {
            for (Entry entry : urls) {
                w.writeStartElement("url");
                element(w, "loc", base.absolute(entry.sitePath()));
                if (entry.lastModified() != null) {
                    element(w, "lastmod", entry.lastModified().toString());
                }
                Map<String, String> translations = alternates.apply(entry.sitePath());
                if (translations.size() > 1) {
                    for (Map.Entry<String, String> t : translations.entrySet()) {
                        w.writeEmptyElement("xhtml", "link", XHTML);
                        w.writeAttribute("rel", "alternate");
                        w.writeAttribute("hreflang", t.getKey());
                        w.writeAttribute("href", t.getValue());
                    }
                }
                w.writeEndElement();
            }
        });
    }

    private String index(BaseUrl base, List<String> parts) {
        return document("sitemapindex", w -> {
            for (String part : parts) {
                w.writeStartElement("sitemap");
                element(w, "loc", base.absolute(part));
                w.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private String document(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(root);
            w.writeDefaultNamespace(NS);
            if (root.equals("urlset") && hasAlternates) {
                w.writeNamespace("xhtml", XHTML);
            }
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return out + "\n";
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
