package org.factsite.render.view;

/**
 * The media a check is about, as its page says it, in the page's language.
 *
 * @param kind        "Image", "Video" ...
 * @param rating      the rating's label, e.g. "Transformed"
 * @param ratingKey   its front-matter name, for a theme's classes ({@code transformed})
 * @param description what the rating means
 * @param url         where it circulated
 * @param original    where the unaltered original is, or null
 */
public record MediaView(String kind, String rating, String ratingKey, String description, String url,
        String original) {
}
