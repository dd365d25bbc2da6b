package org.factsite.links;

import java.nio.file.Path;

/** What a link check found: addresses in all, answered, broken, left for a later run, and how many were asked now. */
public record LinkSummary(int links, int ok, int broken, int unchecked, int askedNow, Path report) {
}
