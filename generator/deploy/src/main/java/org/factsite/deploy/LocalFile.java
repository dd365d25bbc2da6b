package org.factsite.deploy;

import java.nio.file.Path;

/**
 * A file of the built site as it is to be stored.
 *
 * @param sitePath    its path below the site's root, with {@code /}
 * @param sha256      of the file itself: what the manifest remembers
 * @param md5         of the bytes uploaded (compressed, when they are): what a single upload's ETag is
 * @param size        of the bytes uploaded
 * @param encoding    {@code gzip}, or null when stored as it is
 * @param wave        when it is uploaded, so that no page links to a file not yet there ({@link LocalSite#wave})
 */
public record LocalFile(String sitePath, Path file, String sha256, String md5, long size, String contentType,
        String cacheControl, String encoding, int wave) {
}
