package org.factsite.links;

import java.nio.file.Path;

/**
 * What a link check found: addresses in all, answered, broken, not asked (left for a later run, or off the public
 * web: how many of those), how many were asked now, and how many archived copies were made (when archiving was
 * asked for).
 */
public record LinkSummary(int links, int ok, int broken, int unchecked, int offPublicWeb, int askedNow, int archived,
        Path report) {

    /** The summary's line, as the plugin and the CLI print it. */
    public String line() {
        String refused = offPublicWeb > 0 ? "; " + offPublicWeb + " off the public web, never asked" : "";
        return links + " links: " + ok + " answer, " + broken + " broken, " + unchecked + " not checked yet ("
                + askedNow + " asked now" + refused + "). Report: " + report;
    }
}
