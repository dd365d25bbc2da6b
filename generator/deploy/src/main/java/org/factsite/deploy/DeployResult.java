package org.factsite.deploy;

import java.nio.file.Path;

/**
 * What a deploy did (or, in a dry run, would do).
 *
 * @param changes the file listing every changed address, for a CDN purge
 */
public record DeployResult(int uploaded, long bytesUploaded, int deleted, int unchanged, boolean dryRun,
        Path changes) {

    /** The line a deploy ends with. */
    public String summary() {
        String verb = dryRun ? "Would upload " : "Uploaded ";
        return verb + uploaded + " files (" + org.factsite.text.Sizes.readable(bytesUploaded) + "), "
                + (dryRun ? "would delete " : "deleted ") + deleted + ", " + unchanged + " unchanged; changed "
                + "addresses in " + changes;
    }
}
