package org.factsite.render;

import java.util.List;

/**
 * A kind of file an edition has (claim pages, a taxonomy's index and terms, the questions index, the feeds ...):
 * the units of that kind the archive has. Adding a kind is a class implementing this, its template and
 * messages, and a line in {@link EditionRenderer#kinds}; keys, keeping unchanged files, parallel rendering and
 * the sitemap come with it.
 */
interface UnitKind {

    List<? extends Unit> units(RenderParts parts);
}
