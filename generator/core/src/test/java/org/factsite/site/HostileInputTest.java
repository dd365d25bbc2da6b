package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factsite.testing.FeedChecks;
import org.factsite.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Every field an author controls holds markup meant to escape its context: HTML text and attributes, URLs,
 * JSON-LD inside a script element, XML feeds, the JSON feed. The built site is parsed back with real parsers:
 * no script runs, no event handler or javascript: address appears, and the text reads as written.
 */
class HostileInputTest {

    /** Breaks out of text, attributes, comments, CDATA and script elements at once. */
    static final String EVIL = "\"'></script><script>alert(1)</script><!-- --> ]]> <img src=x onerror=alert(2)>";

    @TempDir
    static Path dir;
    static TestArchive archive;

    @BeforeAll
    static void build() {
        String q = "\"" + EVIL.replace("\"", "\\\"") + "\"";
        archive = TestArchive.of(dir, """
                -- content/site.yaml --
                title: %1$s
                baseUrl: https://desk.example/archive/
                description: %1$s
                publisher:
                  name: %1$s
                  url: "https://desk.example/?q=\\"><script>alert(3)</script>"
                verdicts:
                  - key: bad
                    label: %1$s
                    description: %1$s
                    icon: %1$s
                    rating: 1
                  - key: good
                    label: Good
                    rating: 2
                -- content/claims/evil.md --
                ---
                title: %1$s
                claim: %1$s
                verdict: bad
                checked: 2025-10-09
                updated: 2025-10-10
                claimant: {name: %1$s, url: "https://x.example/\\"onmouseover=\\"alert(4)"}
                appearances: ["https://x.example/a?b=<script>alert(5)</script>"]
                authors: [%1$s]
                tags: [%1$s]
                summary: %3$s
                sources:
                  - id: 1
                    title: %1$s
                    publisher: %1$s
                    url: "https://src.example/\\"><svg onload=alert(6)>"
                    archived: "https://arch.example/'-alert(7)-'"
                related: [%1$s, "Is the other one safe?"]
                corrections:
                  - date: 2025-10-10
                    note: %1$s
                extra: {x: %1$s}
                ---
                Body %2$s [1] [click](javascript:alert(8)) [data](data:text/html,<script>alert(9)</script>)
                <iframe src="https://evil.example/"></iframe>

                <script>alert(10)</script>

                [![pic](https://img.example/a.png)](JaVaScRiPt:alert(11))
                -- content/claims/other.md --
                ---
                title: Is the other one safe?
                claim: It is.
                verdict: good
                checked: 2025-10-08
                ---
                Yes.
                -- content/pages/about.md --
                ---
                title: %1$s
                description: %1$s
                ---
                %2$s <a href="javascript:alert(12)" onclick="alert(13)">x</a>
                """.formatted(q, EVIL, "\"" + (EVIL + " [1]").replace("\"", "\\\"") + "\"")).build();
    }

    private static List<Path> files(String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(archive.site())) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void noPageRunsScript() throws Exception {
        List<Path> pages = files(".html");
        assertTrue(pages.size() >= 10, "pages: " + pages.size());
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            problems.addAll(dangers(html, archive.site().relativize(page).toString()));
            for (Element json : html.select("script[type=application/ld+json]")) {
                String data = json.data();
                assertFalse(data.contains("</") || data.contains("<!--"), page + ": " + data);
                new ObjectMapper().readTree(data);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void textReadsAsTheAuthorWroteIt() {
        Document page = archive.html("claims/evil/index.html");
        assertEquals(EVIL.strip(), page.selectFirst("h1").text());
        assertEquals(EVIL.strip(), page.selectFirst(".claim-text").text());
        assertEquals(EVIL.strip() + ": " + EVIL.strip() + " – " + EVIL.strip(), page.title(),
                "the verdict (its label is the same text here) leads the title, the site's name follows");
        assertEquals(EVIL.strip() + ": " + EVIL.strip(), page.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(page.selectFirst(".corrections-notice li").text().endsWith(EVIL.strip()));
    }

    @Test
    void feedsParseAndCarryNoScript() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path feed : files(".xml")) {
            org.w3c.dom.Document xml = FeedChecks.parseXml(feed);
            NodeList descriptions = xml.getElementsByTagName("description");
            for (int i = 0; i < descriptions.getLength(); i++) {
                problems.addAll(dangers(Jsoup.parseBodyFragment(descriptions.item(i).getTextContent()),
                        archive.site().relativize(feed).toString()));
            }
            NodeList titles = xml.getElementsByTagName("title");
            assertTrue(titles.getLength() == 0 || titles.item(0).getTextContent().contains(EVIL.strip()), feed.toString());
        }
        JsonNode json = new ObjectMapper().readTree(archive.site().resolve("feed.json").toFile());
        assertEquals(EVIL.strip(), json.get("title").asText());
        for (JsonNode item : json.get("items")) {
            problems.addAll(dangers(Jsoup.parseBodyFragment(item.get("content_html").asText()), "feed.json"));
        }
        assertEquals(List.of(), problems);
    }

    /** Script elements (other than JSON-LD), frames, event handlers and script addresses. */
    static List<String> dangers(Document html, String where) {
        List<String> found = new ArrayList<>();
        for (Element e : html.getAllElements()) {
            String tag = e.tagName();
            // The only scripts: JSON-LD data, and the theme's search and share scripts from the site's own assets.
            boolean themeScript = tag.equals("script")
                    && e.attr("src").matches("/([^/?#]+/)*assets/(search/search|share)\\.js") && e.data().isEmpty();
            if (tag.equals("script") && !e.attr("type").equals("application/ld+json") && !themeScript
                    || List.of("iframe", "object", "embed", "frame").contains(tag)) {
                found.add(where + ": <" + tag + ">");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (name.startsWith("on")) {
                    found.add(where + ": event handler " + a);
                }
                if (List.of("href", "src", "action", "formaction", "content").contains(name)
                        && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    found.add(where + ": script address " + a);
                }
            }
        }
        return found;
    }
}
