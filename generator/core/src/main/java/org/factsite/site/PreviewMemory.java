package org.factsite.site;

import java.util.Map;
import java.util.Set;

import org.factsite.render.ListViewKeys;

/**
 * What one preview build leaves for the next, so that it redoes only what changed.
 *
 * @param renderKey    the theme and content outside {@code claims/} the pages were made under; the rest is
 *                     reused only under the same key
 * @param pageDigests  page path to the digest of what made it
 * @param siteFiles    every file of the preview's site, to tell which are gone; null before the first build
 * @param listViewKeys claims' list-view digests
 */
record PreviewMemory(String renderKey, Map<String, String> pageDigests, Set<String> siteFiles,
        ListViewKeys listViewKeys) {

    static PreviewMemory none() {
        return new PreviewMemory("", Map.of(), null, new ListViewKeys());
    }

    /** One build's result together with what it leaves for the next. */
    record Step(PreviewBuild build, PreviewMemory next) {
    }
}
