package org.factsite.render.view;

/**
 * A taxonomy's index page as a link, for navigation. Its heading is the message
 * {@code taxonomy.<name>.heading} in the page's language.
 */
public record TaxonomyView(String name, String url) {
}
