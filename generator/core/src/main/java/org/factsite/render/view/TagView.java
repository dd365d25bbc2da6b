package org.factsite.render.view;

/**
 * A term of a taxonomy as a link: a tag on a claim, a claimant, an author, an entry of a taxonomy's index.
 *
 * @param feed the term's RSS feed, or null when its taxonomy has none
 */
public record TagView(String name, String slug, String url, int count, String feed) {
}
