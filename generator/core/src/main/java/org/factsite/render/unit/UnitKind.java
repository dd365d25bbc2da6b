package org.factsite.render.unit;

import java.util.List;

import org.factsite.model.Archive;
import org.factsite.render.view.NavEntry;

/**
 * A kind of file an edition has (claim pages, a taxonomy's index and terms, the questions index, the feeds ...):
 * the units of that kind the archive has. Adding a kind is a class implementing this, its template and
 * messages, its header or footer link if it has one ({@link #navigation}), and a line in
 * {@code render.EditionRenderer.kinds}; keys, keeping unchanged files, parallel rendering and the sitemap come with it.
 */
public interface UnitKind {

    List<? extends Unit> units(RenderParts parts);

    /** The links to this kind's pages that every page's header or footer carries; none by default. */
    default List<NavEntry> navigation(Archive archive) {
        return List.of();
    }
}
