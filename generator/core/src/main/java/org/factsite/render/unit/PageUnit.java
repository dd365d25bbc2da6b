package org.factsite.render.unit;

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
 * @param sitePath     a folder ({@code tags/}, empty for the home page), or a file readers do not reach by its
 *                     address ({@code 404.html}): such a page is in no sitemap and has no translations
 * @param lastModified for the sitemap; null when the page has no date of its own
 */
public record PageUnit(String sitePath, String template, Supplier<Map<String, Object>> key,
        UnaryOperator<Map<String, Object>> model, LocalDate lastModified) implements Unit {

    /** A page whose model is its key: small pages (indexes, the legend). */
    public static PageUnit of(String sitePath, String template, Supplier<Map<String, Object>> model, LocalDate lastModified) {
        return new PageUnit(sitePath, template, model, UnaryOperator.identity(), lastModified);
    }

    /** Whether the page has an address of its own (a folder): listed in the sitemap, linked to its translations. */
    public boolean addressed() {
        return sitePath.isEmpty() || sitePath.endsWith("/");
    }

    @Override
    public String file() {
        return addressed() ? sitePath + "index.html" : sitePath;
    }

    @Override
    public String maker() {
        return template;
    }
}
