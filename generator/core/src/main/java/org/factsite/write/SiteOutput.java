package org.factsite.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where rendered files go. Paths are below the site root, with {@code /} separators. An output implements
 * {@link #writeBytes}; text, streamed pages and copied files all come down to it.
 */
public interface SiteOutput {

    /** Writes one file of the site. */
    void writeBytes(String sitePath, byte[] content);

    /** Whether this build has already produced {@code sitePath}. */
    boolean produced(String sitePath);

    /**
     * Keeps the published {@code sitePath} as it is, when this output can (it has a published site and the
     * file is there). False means the caller must write the file.
     */
    default boolean keep(String sitePath) {
        return false;
    }

    default void writeText(String sitePath, String text) {
        writeBytes(sitePath, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a UTF-8 text file produced into a writer (a page is tens of kilobytes: buffered, then written). */
    default void writeStreaming(String sitePath, Body body) {
        writeBytes(sitePath, utf8(sitePath, body));
    }

    /** What {@code body} writes, in UTF-8: a page's bytes as the output would hold them. */
    static byte[] utf8(String sitePath, Body body) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
        try (Writer out = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + sitePath, e);
        }
        return buffer.toByteArray();
    }

    /** Publishes a file as it is, except for an image's metadata (camera, GPS position, comments), left out. */
    default void copyFile(String sitePath, Path source) {
        try {
            writeBytes(sitePath, ImageMetadata.strip(sitePath, Files.readAllBytes(source)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Produces a file's text into a writer. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }
}
