package org.factsite.markdown;

import java.util.regex.Pattern;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Turns {@code [id]} into a {@link CitationNode}. flexmark offers bracketed text here only when it is not an
 * inline link ({@code [a](url)}) and never inside code; a bracket that names a reference definition of the
 * document ({@code [id]: https://...}) stays a link.
 */
final class CitationLinkRefProcessor implements LinkRefProcessor {

    /** Source ids: a number or a short name. */
    static final Pattern MARKER = Pattern.compile("\\[[A-Za-z0-9][A-Za-z0-9_-]{0,63}]");

    private final ReferenceRepository references;

    CitationLinkRefProcessor(Document document) {
        this.references = Parser.REFERENCES.get(document);
    }

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(BasedSequence nodeChars) {
        return MARKER.matcher(nodeChars).matches()
                && !references.containsKey(references.normalizeKey(nodeChars.subSequence(1, nodeChars.length() - 1)));
    }

    @Override
    public Node createNode(BasedSequence nodeChars) {
        return new CitationNode(nodeChars);
    }

    @Override
    public BasedSequence adjustInlineText(Document document, Node node) {
        return node.getChildChars();
    }

    @Override
    public boolean allowDelimiters(BasedSequence chars, Document document, Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(Document document, Node node) {
        node.removeChildren();
    }

    static final class Factory implements LinkRefProcessorFactory {
        @Override
        public boolean getWantExclamationPrefix(DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(DataHolder options) {
            return 0;
        }

        @Override
        public LinkRefProcessor apply(Document document) {
            return new CitationLinkRefProcessor(document);
        }
    }
}
