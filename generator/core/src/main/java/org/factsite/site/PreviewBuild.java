package org.factsite.site;

import java.util.List;
import java.util.Set;

import org.factsite.diagnostic.Diagnostic;

/**
 * One successful build of a preview.
 *
 * @param files      files the site holds
 * @param changed    site paths written or deleted by this build (empty: the site is as it was)
 * @param pagesKept  pages not rendered, as their model had not changed
 * @param millis     how long the build took
 * @param basePath   the path the site lives under (site.yaml's baseUrl), e.g. {@code /archive/}
 * @param current    pages made ahead ({@link org.factsite.render.PageAhead}, by their addresses) that a browser
 *                   showing them need not load again: the build wrote the same page, and nothing it shows changed
 */
public record PreviewBuild(int claims, long files, Set<String> changed, int pagesKept, List<Diagnostic> warnings,
        long millis, String basePath, Set<String> current) {

    public PreviewBuild {
        changed = Set.copyOf(changed);
        current = Set.copyOf(current);
        warnings = List.copyOf(warnings);
    }
}
