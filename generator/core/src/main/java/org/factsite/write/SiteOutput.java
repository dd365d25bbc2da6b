package org.factsite.write;

import java.nio.file.Path;

/** Where rendered files go. Paths are below the site root, with {@code /} separators. */
public interface SiteOutput {

    void writeText(String sitePath, String text);

    void copyFile(String sitePath, Path source);
}
