package org.factsite.markdown;

import java.util.Map;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

import org.factsite.model.Resource;

/**
 * What an article's image tag says besides its address. It loads when a reader scrolls near it and decodes off the
 * main thread (an article's images are below the claim and its verdict, never in the first screen). An image of
 * the claim's folder gets its width and height, so the page does not jump while it loads; on the page itself a
 * photo wider than the column offers its smaller copies ({@code srcset}), which a phone takes instead.
 */
final class ImageAttributes implements AttributeProvider {

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image image)) {
            return;
        }
        Document document = image.getDocument();
        Map<String, Resource> folder = MarkdownEngine.FOLDER.get(document);
        Resource resource = folder == null ? null : folder.get(image.getUrl().toString());
        if (resource != null && resource.pixels().isPresent()) {
            attributes.replaceValue("width", Integer.toString(resource.pixels().get().width()));
            attributes.replaceValue("height", Integer.toString(resource.pixels().get().height()));
            String srcset = resource.srcset("");
            // Away from the page (feeds, lists) the copies' relative names would not resolve: the image alone.
            if (!srcset.isEmpty() && MarkdownEngine.LINK_BASE.get(document) == null) {
                attributes.replaceValue("srcset", srcset);
                attributes.replaceValue("sizes", Resource.SIZES);
            }
        }
        attributes.replaceValue("loading", "lazy");
        attributes.replaceValue("decoding", "async");
    }

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new ImageAttributes();
            }
        };
    }
}
