package org.factsite.render;

import java.util.Set;

/**
 * A claim's page made ahead of the rest of a preview's build, so that the page an author is editing can show
 * the edit before every other page is made. The same renderer and model make it again in the full build, so
 * its bytes are the ones the build then writes.
 *
 * @param sitePath  the page's folder below the site's root, with its edition's folder ({@code vi/claims/x/})
 * @param address   its path on the site's host ({@code /archive/vi/claims/x/}), as a browser shows it
 * @param html      the page
 * @param resources the files of the claim's folder the page shows (images and their smaller copies), as site
 *                  paths: a page whose resources changed shows them only once the build has written them
 */
public record PageAhead(String sitePath, String address, byte[] html, Set<String> resources) {

    public PageAhead {
        resources = Set.copyOf(resources);
    }

    /** The page's file below the site's root. */
    public String file() {
        return sitePath + "index.html";
    }
}
