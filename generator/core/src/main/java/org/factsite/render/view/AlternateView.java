package org.factsite.render.view;

/**
 * This page in another language of the site, for {@code <link rel="alternate" hreflang>} and the language
 * switcher.
 *
 * @param language   the language's tag
 * @param name       the language's name in itself ("Tiếng Việt")
 * @param url        the translation's absolute address, or the language's home page's when there is none
 * @param path       the same as a path from the host's root, for links
 * @param translated whether {@code url} is this page in that language (else it is that language's home)
 * @param current    whether this is the page's own language
 */
public record AlternateView(String language, String name, String url, String path, boolean translated,
        boolean current) {
}
