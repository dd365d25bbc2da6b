package org.factsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.factsite.diagnostic.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CitationsTest {

    private final MarkdownEngine engine = new MarkdownEngine();
    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedMarkdown parse(String markdown) {
        return engine.parse(markdown, 10, Path.of("a.md"), diagnostics);
    }

    private static List<String> ids(ParsedMarkdown md) {
        return md.markers().stream().map(ParsedMarkdown.Marker::sourceId).toList();
    }

    @Test
    void runsOfMarkersAreSeparateCitations() {
        assertEquals(List.of("3", "4", "5"), ids(parse("As shown [3] [4] [5].")));
    }

    @Test
    void namedMarkersAndLines() {
        ParsedMarkdown md = parse("First line.\n\nCited [who-2019] here.\n");
        assertEquals(List.of(new ParsedMarkdown.Marker("who-2019", 12)), md.markers());
    }

    @Test
    void notCitationsInCodeLinksOrReferenceDefinitions() {
        String text = "Code `a[1]` and\n\n    block [2]\n\nA [link](https://x.example/) and [3](https://y.example/) "
                + "and [ref] and ![img](https://z.example/i.png).\n\n[ref]: https://r.example/\n";
        assertEquals(List.of(), ids(parse(text)));
    }

    @Test
    void rendersAccessibleNoteReferencesCountedAcrossSummaryAndBody() {
        CitationState state = new CitationState(Set.of("1", "2"));
        String summary = engine.render(parse("Short [1]."), state);
        String body = engine.render(parse("Long [1] [2], and [sic] stays text."), state);
        Document html = Jsoup.parse(summary + body);
        List<Element> refs = html.select("a[role=doc-noteref]");
        assertEquals(List.of("c1-1", "c1-2", "c2-1"), refs.stream().map(e -> e.id()).toList());
        assertEquals(List.of("#s1", "#s1", "#s2"), refs.stream().map(e -> e.attr("href")).toList());
        assertTrue(refs.stream().allMatch(e -> e.attributesSize() == 3), "id, href and role only: " + refs);
        assertEquals(List.of("c1-1", "c1-2"), state.anchorsOf("1"));
        assertTrue(html.text().contains("[sic] stays text"));
    }

    @Test
    void rawHtmlIsLeftOutWithAWarning() {
        String html = engine.render(parse("Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">d</div>\n"),
                new CitationState(Set.of()));
        assertTrue(!html.contains("<script") && !html.contains("onclick"), html);
        assertEquals(1, diagnostics.warnings().size());
        assertTrue(diagnostics.warnings().get(0).message().startsWith("raw HTML (`<script>`) is left out"));
    }

    @Test
    void scriptLinksAreNotRendered() {
        String html = engine.render(parse("[click](javascript:alert(1))"), new CitationState(Set.of()));
        assertTrue(!html.contains("javascript:"), html);
    }

    @Test
    void articleHeadingsNestBelowThePageSections() {
        String html = engine.render(parse("# Top\n\n## Part\n\n### Detail\n"), new CitationState(Set.of()));
        assertEquals(List.of("h3", "h3", "h4"), Jsoup.parse(html).select("h1,h2,h3,h4,h5,h6").stream()
                .map(Element::tagName).toList());
    }
}
