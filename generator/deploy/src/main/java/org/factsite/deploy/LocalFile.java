package org.factsite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.factsite.values.Digests;

/**
 * A file of the built site as it is to be stored.
 *
 * @param sitePath    its path below the site's root, with {@code /}
 * @param sha256      of the file itself: what the manifest remembers
 * @param size        of the file
 * @param encoding    {@code gzip}, or null when stored as it is
 * @param wave        when it is uploaded, so that no page links to a file not yet there ({@link LocalSite#wave})
 */
public record LocalFile(String sitePath, Path file, String sha256, long size, String contentType,
        String cacheControl, String encoding, int wave) {

    /** The bytes stored (compressed, when they are) and their MD5, what a single upload's ETag is. */
    public record Body(byte[] bytes, String md5) {
    }

    /**
     * Read when needed only: to upload the file, or to compare it with an object the manifest does not know.
     * A deploy with nothing changed reads each file once, for its SHA-256.
     */
    public Body body() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] stored = encoding == null ? bytes : LocalSite.gzip(bytes);
            return new Body(stored, Digests.hex("MD5", stored));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
