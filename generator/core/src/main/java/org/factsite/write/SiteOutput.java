package org.factsite.write;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/** Where rendered files go. Paths are below the site root, with {@code /} separators. */
public interface SiteOutput {

    void writeText(String sitePath, String text);

    void copyFile(String sitePath, Path source);

    /**
     * Keeps the published {@code sitePath} as it is, when this output can (it has a published site and the
     * file is there). False means the caller must write the file.
     */
    default boolean keep(String sitePath) {
        return false;
    }

    /** Whether this build has already produced {@code sitePath}. */
    boolean produced(String sitePath);

    /** Writes a text file by streaming into it, so large pages need not be held as one string. */
    default void writeStreaming(String sitePath, Body body) {
        StringWriter text = new StringWriter();
        try {
            body.writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeText(sitePath, text.toString());
    }

    /** Produces a file's text into a writer. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }
}
