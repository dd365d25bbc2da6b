package org.factsite.model;

import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A plain page from {@code content/pages/}: about, methodology, corrections policy, funding.
 *
 * @param menu its place in the site menu, if it has one
 */
public record Page(String slug, Path file, String title, String description, String language, String bodyHtml,
        OptionalInt menu) {

    public String sitePath() {
        return slug + "/";
    }
}
