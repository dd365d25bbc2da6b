package org.factsite.render;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One page of the site: where it lives, the template that makes it, its key and its model. The key is the
 * data the model is made of, cheaper to make (a list page's key names its claims by their views' keys, the
 * model holds the views), and the model is made from the key alone, so a page cannot show anything its key
 * does not cover: an unchanged key means unchanged bytes.
 *
 * @param lastModified for the sitemap; null when the page has no date of its own
 */
record PageUnit(String sitePath, String template, Supplier<Map<String, Object>> key,
        UnaryOperator<Map<String, Object>> model, LocalDate lastModified) {

    /** A page whose model is its key: small pages (indexes, the legend). */
    static PageUnit of(String sitePath, String template, Supplier<Map<String, Object>> model, LocalDate lastModified) {
        return new PageUnit(sitePath, template, model, UnaryOperator.identity(), lastModified);
    }
}
