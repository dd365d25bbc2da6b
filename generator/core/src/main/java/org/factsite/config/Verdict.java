package org.factsite.config;

import java.util.OptionalInt;

/**
 * One rating of the site's scale.
 *
 * @param key         what front matter writes in {@code verdict:}
 * @param label       shown to readers; empty means the theme's message {@code verdict.<key>} supplies it
 * @param description one line for the ratings legend; empty means the theme's {@code verdict.<key>.description}
 * @param rating      ClaimReview ratingValue (higher is truer); empty for a conclusion-only verdict
 * @param color       badge colour, {@code #rrggbb}; white text must stay readable on it
 * @param icon        a short glyph shown beside the label, so the verdict never relies on colour alone
 */
public record Verdict(String key, LocalizedText label, LocalizedText description, OptionalInt rating,
        String color, String icon) {
}
