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
    private final List<ImageRef> images;

    ParsedMarkdown(Document document, List<Marker> markers, List<ImageRef> images) {
        this.document = document;
        this.markers = List.copyOf(markers);
        this.images = List.copyOf(images);
    }

    Document document() {
        return document;
    }

    /** Every {@code [id]} marker, in reading order, with its file line. */
    public List<Marker> markers() {
        return markers;
    }

    /** Every image, in reading order: its address as written, its alt text and its file line. */
    public List<ImageRef> images() {
        return images;
    }

    public record Marker(String sourceId, int line) {
    }

    public record ImageRef(String url, String alt, int line) {
    }
}
