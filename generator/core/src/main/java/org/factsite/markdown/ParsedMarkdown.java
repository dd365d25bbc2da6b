package org.factsite.markdown;

import java.util.List;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Parsed Markdown awaiting rendering, with the citation markers found in it. Holds flexmark's mutable
 * document, so it stays inside the build that made it and is rendered once.
 */
public final class ParsedMarkdown {

    private final Document document;
    private final List<Marker> markers;

    ParsedMarkdown(Document document, List<Marker> markers) {
        this.document = document;
        this.markers = List.copyOf(markers);
    }

    Document document() {
        return document;
    }

    /** Every {@code [id]} marker, in reading order, with its file line. */
    public List<Marker> markers() {
        return markers;
    }

    public record Marker(String sourceId, int line) {
    }
}
