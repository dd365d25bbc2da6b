package org.factsite.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Images in an article load when a reader scrolls near them, and decode off the main thread: an article's images
 * are below the claim and its verdict, never in the first screen.
 */
final class LazyImages implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Image) {
            attributes.replaceValue("loading", "lazy");
            attributes.replaceValue("decoding", "async");
        }
    }

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new LazyImages();
            }
        };
    }
}
