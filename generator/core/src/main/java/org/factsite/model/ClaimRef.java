package org.factsite.model;

/**
 * A claim named from elsewhere in the site: the language of its edition ({@link Editions}; the site's language
 * on a site of one) and its slug there.
 */
public record ClaimRef(String edition, String slug) {
}
