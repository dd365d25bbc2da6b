package org.factsite.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Resource;

/**
 * Markdown for claim bodies and summaries: CommonMark plus tables and citations. One parser and
 * one renderer per build (both are thread-safe once built); raw HTML is left out with a warning, as Hugo
 * does, since an archive published under a desk's name must not carry scripts an author pasted.
 */
public final class MarkdownEngine {

    static final NullableDataKey<CitationState> CITATIONS = new NullableDataKey<>("FACTSITE_CITATIONS");
    /** When set, relative links are made absolute against it (for feeds). */
    static final NullableDataKey<String> LINK_BASE = new NullableDataKey<>("FACTSITE_LINK_BASE");
    /** Set for the site's own lists: citation markers are left out there. */
    static final NullableDataKey<Boolean> WITHOUT_CITATIONS = new NullableDataKey<>("FACTSITE_WITHOUT_CITATIONS");
    /** Where a left-out citation was; removed with the space before it once the text is rendered. */
    static final String CITATION_LEFT_OUT = "\uE000";
    private static final java.util.regex.Pattern LEFT_OUT = java.util.regex.Pattern.compile("\\s*\uE000");

    /** The files of the claim's folder by name, for its images' sizes. */
    static final NullableDataKey<Map<String, Resource>> FOLDER = new NullableDataKey<>("FACTSITE_FOLDER");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean rawHtml;
    /** Whether the pages' policy refuses inline styles and scripts (the theme's does; a desk's may not). */
    private final boolean inlineRefused;

    /** What a Content-Security-Policy without 'unsafe-inline' refuses in raw HTML: inline style and script. */
    private static final java.util.regex.Pattern INLINE = java.util.regex.Pattern.compile(
            "(?i)\\sstyle\\s*=|<style\\b|<script(?![^>]*\\ssrc\\s*=)|\\son[a-z]+\\s*=|javascript:");

    /** The safe default: raw HTML is left out of pages, with a warning. */
    public MarkdownEngine() {
        this(false);
    }

    public boolean rawHtml() {
        return rawHtml;
    }

    /** @param rawHtml pass raw HTML through (site.yaml {@code rawHtml: true}, for archives whose authors are trusted) */
    public MarkdownEngine(boolean rawHtml) {
        this(rawHtml, false);
    }

    /**
     * @param inlineRefused whether the pages' Content-Security-Policy refuses inline styles and scripts: raw HTML
     *                      that has them is then a warning, since readers' browsers will ignore them
     */
    public MarkdownEngine(boolean rawHtml, boolean inlineRefused) {
        this.rawHtml = rawHtml;
        this.inlineRefused = inlineRefused;
        MutableDataSet options = new MutableDataSet();
        // No autolink extension: it scanned every text node (a tenth of all Markdown time at 10,000 claims);
        // CommonMark's own <https://...> autolinks remain.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new CitationExtension()));
        options.set(HtmlRenderer.SUPPRESS_HTML, !rawHtml);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)^\\s*(javascript|vbscript|data|file):.*");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new AbsoluteLinkResolver.Factory())
                .attributeProviderFactory(ImageAttributes.factory()).build();
    }

    /** Markdown of a claim: the page owns h1 (the question) and h2 (its sections), so headings start at h3. */
    public ParsedMarkdown parse(String markdown, int firstLine, Path file, Diagnostics diagnostics) {
        return parse(markdown, firstLine, file, diagnostics, 3);
    }

    /**
     * @param firstLine       the file line {@code markdown} starts on, so reported lines match the file
     * @param topHeadingLevel the level the article's highest headings get ({@code #} and {@code ##}), so the
     *                        outline never skips a level below the page's own headings
     */
    public ParsedMarkdown parse(String markdown, int firstLine, Path file, Diagnostics diagnostics,
            int topHeadingLevel) {
        Document document = parser.parse(markdown);
        List<ParsedMarkdown.Marker> markers = new ArrayList<>();
        List<ParsedMarkdown.ImageRef> images = new ArrayList<>();
        boolean[] warnedHtml = {false};
        new NodeVisitor(
                new VisitHandler<>(CitationNode.class, n -> markers.add(
                        new ParsedMarkdown.Marker(n.sourceId(), lineOf(document, n, firstLine)))),
                new VisitHandler<>(Image.class, n -> images.add(new ParsedMarkdown.ImageRef(n.getUrl().toString(),
                        n.getText().toString().strip(), lineOf(document, n, firstLine)))),
                new VisitHandler<>(HtmlBlock.class, n -> warnRawHtml(n, document, firstLine, file, diagnostics,
                        warnedHtml)),
                new VisitHandler<>(HtmlInline.class, n -> warnRawHtml(n, document, firstLine, file, diagnostics,
                        warnedHtml)),
                new VisitHandler<>(Heading.class, h -> h.setLevel(
                        Math.min(6, Math.max(topHeadingLevel, h.getLevel() + topHeadingLevel - 2)))))
                .visit(document);
        return new ParsedMarkdown(document, markers, images);
    }

    /** Renders to HTML; citations of sources in {@code citations} become links and are counted there. */
    public String render(ParsedMarkdown markdown, CitationState citations) {
        return render(markdown, citations, (String) null);
    }

    /** Renders for the claim's page, its images sized from the files of its folder. */
    public String render(ParsedMarkdown markdown, CitationState citations, List<Resource> folder) {
        Map<String, Resource> byName = new HashMap<>();
        folder.forEach(resource -> byName.put(resource.name(), resource));
        markdown.document().set(FOLDER, byName);
        return render(markdown, citations, (String) null);
    }

    /**
     * Renders for use away from the page (lists, feeds): every relative link, image and citation resolved against
     * {@code pageBase} (the page's absolute address for feeds, its path from the host's root for list pages), and
     * citations without anchor ids (they would repeat on a list page).
     */
    public String renderAwayFromPage(ParsedMarkdown markdown, CitationState citations, String pageBase) {
        return render(markdown, citations, pageBase);
    }

    /**
     * Renders for the site's own list pages: links resolved against {@code pageBase}, and no citation markers. A
     * list shows a summary to help a reader choose a check; its markers would point at another page's notes, and
     * were a quarter of a list entry's bytes. The claim's page, its feeds and its data keep them.
     */
    public String renderForList(ParsedMarkdown markdown, CitationState citations, String pageBase) {
        Document document = markdown.document();
        document.set(WITHOUT_CITATIONS, true);
        try {
            return LEFT_OUT.matcher(render(markdown, citations, pageBase)).replaceAll("");
        } finally {
            document.set(WITHOUT_CITATIONS, false);
        }
    }

    private String render(ParsedMarkdown markdown, CitationState citations, String linkBase) {
        Document document = markdown.document();
        document.set(CITATIONS, citations);
        document.set(LINK_BASE, linkBase);
        return renderer.render(document);
    }

    private void warnRawHtml(Node node, Document document, int firstLine, Path file, Diagnostics diagnostics,
            boolean[] warned) {
        String chars = node.getChars().toString().strip();
        if (warned[0] || chars.startsWith("<!--")) {
            return; // one warning per text is enough; HTML comments are authors' notes, silently dropped
        }
        if (rawHtml) {
            if (inlineRefused && INLINE.matcher(chars).find()) {
                warned[0] = true;
                diagnostics.warning(file, lineOf(document, node, firstLine), "raw HTML (`" + abbreviate(chars)
                        + "`) has an inline style or script, which the pages' Content-Security-Policy refuses, so "
                        + "readers' browsers ignore it; move styles into the theme's stylesheet and scripts into a "
                        + "file under static/, or set `contentSecurityPolicy` in site.yaml to a policy that allows "
                        + "them");
            }
            return;
        }
        warned[0] = true;
        diagnostics.warning(file, lineOf(document, node, firstLine), "raw HTML (`" + abbreviate(chars)
                + "`) is left out of the page; write it in Markdown instead (or, if every author is trusted, "
                + "set `rawHtml: true` in site.yaml)");
    }

    private static int lineOf(Document document, Node node, int firstLine) {
        return firstLine + document.getLineNumber(node.getStartOffset());
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
