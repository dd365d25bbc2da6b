package org.factsite.config;

import java.util.List;
import java.util.Optional;

/**
 * One language of the site ({@code site.yaml}'s {@code languages:}): its claims, pages, lists and feeds live
 * below {@code path} ({@code vi/}; the default language's is empty, the site's root), under its own title.
 *
 * @param path        the folder below the site's root, with a trailing slash, or empty for the root
 * @param title       the site's title in this language; the site's title when empty
 * @param description the site's description in this language; the site's when empty
 * @param menu        slugs of this language's plain pages for its menu, in order; empty means as the site's
 */
public record LanguageConfig(String code, String path, Optional<String> title, Optional<String> description,
        List<String> menu) {

    public LanguageConfig {
        menu = List.copyOf(menu);
    }

    /** The only language of a site without {@code languages:}: at the root, under the site's own title. */
    public static LanguageConfig only(String code) {
        return new LanguageConfig(code, "", Optional.empty(), Optional.empty(), List.of());
    }
}
