package org.factsite.render.view;

import java.util.List;

/**
 * A claim's terms of one of the desk's own taxonomies (a {@code region}, say), as its page links them: the
 * taxonomy's heading in the page's language, then each term's page.
 */
public record TermListView(String heading, List<LinkView> terms) {

    public TermListView {
        terms = List.copyOf(terms);
    }
}
