package org.factsite.markdown;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A bracketed marker such as {@code [3]} or {@code [who-2019]} that may cite a source. */
public final class CitationNode extends Node implements DoNotDecorate {

    private final String sourceId;

    CitationNode(BasedSequence chars) {
        super(chars);
        this.sourceId = chars.subSequence(1, chars.length() - 1).toString();
    }

    public String sourceId() {
        return sourceId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
