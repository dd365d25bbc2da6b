package org.factsite.render.view;

import java.util.List;

import org.factsite.render.view.LinkView;
import org.factsite.render.view.TagView;
import org.factsite.render.view.TermListView;

/**
 * What a claim's view takes from the rest of the archive: its verdict's count, its terms as they are named and
 * counted over all claims, and the languages of the claims that answer its related questions. A claim's view
 * is made of the claim and this record only, so an equal claim in an equal context has an equal view.
 *
 * @param claimant        the claimant's page, or null
 * @param answerLanguages per related question, the answer's language, or null when it is open
 * @param otherTerms      the claim's terms of each of the desk's own taxonomies, in site.yaml's order
 */
public record ClaimContext(int verdictCount, List<TagView> tags, LinkView claimant, List<LinkView> authors,
        List<String> answerLanguages, List<TermListView> otherTerms) {
}
