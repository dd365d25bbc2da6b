package org.factsite.markdown;

import java.net.URI;
import java.net.URISyntaxException;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Resolves relative links and images against the document's {@link MarkdownEngine#LINK_BASE} when one is set:
 * an absolute address for feeds (a feed reader has no page to resolve them against), or a path from the host's
 * root for a summary shown on another page of the site.
 */
final class AbsoluteLinkResolver implements LinkResolver {

    private final String base;

    private AbsoluteLinkResolver(String base) {
        this.base = base;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = link.getUrl();
        if (base == null || url.isEmpty() || url.startsWith("//") || hasScheme(url)) {
            return link;
        }
        try {
            return link.withUrl(new URI(base).resolve(url).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return link; // not a URL we can resolve: left as written
        }
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && url.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new AbsoluteLinkResolver(MarkdownEngine.LINK_BASE.get(context.getDocument()));
        }
    }
}
