package org.factsite.model;

import java.util.Optional;

/**
 * The claim as it circulated (e.g. a screenshot of the post).
 *
 * @param src  a file of the claim's folder (relative to its page) or an absolute http(s) address
 * @param alt  what the image shows, for readers who cannot see it
 * @param file the file of the claim's folder it is, with its size and smaller copies; empty for a web address
 */
public record ClaimImage(String src, String alt, Optional<Resource> file) {

    public boolean isLocal() {
        return !src.startsWith("http://") && !src.startsWith("https://");
    }
}
