package org.factsite.links;

import java.nio.file.Path;

/**
 * What a link check found: addresses in all, answered, broken, left for a later run, how many were asked now,
 * and how many archived copies were made (when archiving was asked for).
 */
public record LinkSummary(int links, int ok, int broken, int unchecked, int askedNow, int archived, Path report) {
}
