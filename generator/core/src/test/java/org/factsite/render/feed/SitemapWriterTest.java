package org.factsite.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;

import org.factsite.config.BaseUrl;
import org.factsite.testing.MemoryOutput;
import org.junit.jupiter.api.Test;

class SitemapWriterTest {

    private final MemoryOutput output = new MemoryOutput();
    private final Map<String, String> written = output.files();
    private final BaseUrl base = BaseUrl.parse("https://example.org/a/", new StringBuilder()).orElseThrow();

    @Test
    void splitsIntoAnIndexPastTheLimit() {
        SitemapWriter sitemap = new SitemapWriter();
        for (int i = 0; i < 5; i++) {
            sitemap.add("claims/c" + i + "/", LocalDate.of(2025, 1, 1 + i));
        }
        sitemap.write(base, output, 2);
        assertEquals(java.util.List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"),
                java.util.List.copyOf(written.keySet()));
        assertEquals(3, count(written.get("sitemap.xml"), "<sitemap>"));
        assertEquals(1, count(written.get("sitemap.xml"), "<loc>https://example.org/a/sitemap-3.xml</loc>"));
        assertEquals(2, count(written.get("sitemap-1.xml"), "<url>"));
        assertEquals(1, count(written.get("sitemap-3.xml"), "<lastmod>2025-01-05</lastmod>"));
    }

    @Test
    void oneFileUpToTheLimit() {
        SitemapWriter sitemap = new SitemapWriter();
        sitemap.add("", LocalDate.of(2025, 1, 1));
        sitemap.add("about/", null);
        sitemap.write(base, output, 2);
        assertEquals(java.util.List.of("sitemap.xml"), java.util.List.copyOf(written.keySet()));
        assertEquals(1, count(written.get("sitemap.xml"), "<lastmod>"), "no lastmod where the date is unknown");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
