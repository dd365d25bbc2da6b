package org.factsite.model;

/**
 * The claim as it circulated (e.g. a screenshot of the post).
 *
 * @param src a file of the claim's folder (relative to its page) or an absolute http(s) address
 * @param alt what the image shows, for readers who cannot see it
 */
public record ClaimImage(String src, String alt) {

    public boolean isLocal() {
        return !src.startsWith("http://") && !src.startsWith("https://");
    }
}
