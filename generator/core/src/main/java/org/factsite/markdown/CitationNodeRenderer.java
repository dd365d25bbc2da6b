package org.factsite.markdown;

import java.util.Set;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Renders a citation as an accessible note reference (DPUB-ARIA {@code doc-noteref}, announced as a reference
 * with its visible name "[2]"; an {@code aria-describedby} naming the sources heading on every citation was
 * a fifth of the citations' bytes for what the role already says). A bracket that names no source is printed
 * as the text it was.
 */
final class CitationNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(CitationNode.class, this::render));
    }

    private static String linkBase(NodeRendererContext context) {
        String base = MarkdownEngine.LINK_BASE.get(context.getDocument());
        return base == null ? "" : base;
    }

    private void render(CitationNode node, NodeRendererContext context, HtmlWriter html) {
        CitationState state = MarkdownEngine.CITATIONS.get(context.getDocument());
        String id = node.sourceId();
        if (state == null || !state.cites(id)) {
            html.text("[" + id + "]");
            return;
        }
        if (Boolean.TRUE.equals(MarkdownEngine.WITHOUT_CITATIONS.get(context.getDocument()))) {
            html.raw(MarkdownEngine.CITATION_LEFT_OUT); // removed, with the space before it, after rendering
            return;
        }
        String base = linkBase(context);
        if (base.isEmpty()) {
            html.attr("id", state.nextAnchor(id))
                    .attr("href", "#" + CitationState.sourceAnchor(id))
                    .attr("role", "doc-noteref");
        } else {
            // Away from the claim's page (a list, a feed): a plain link to the source there, no anchor to return to.
            html.attr("href", base + "#" + CitationState.sourceAnchor(id)).attr("class", "citation");
        }
        html.withAttr().tag("a");
        html.text("[" + id + "]");
        html.tag("/a");
    }
}
