package org.factsite.render;

import java.util.List;

/**
 * A kind of page (claim pages, a taxonomy's index and terms, the questions index ...): the pages of that kind
 * the archive has. Adding a kind is a class implementing this, its template and messages, and a line in
 * {@link EditionRenderer#kinds}; keys, keeping unchanged pages, parallel rendering and the sitemap come with it.
 */
interface PageKind {

    List<PageUnit> pages(RenderParts parts);
}
