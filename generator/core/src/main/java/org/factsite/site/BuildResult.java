package org.factsite.site;

import java.util.List;

import org.factsite.diagnostic.Diagnostic;

/**
 * What a successful build did, and the warnings it printed.
 *
 * @param filesWritten  files of the new site, including those kept unchanged
 * @param filesUnchanged files whose bytes equalled the published ones: kept, with their modification time
 * @param upToDate      nothing had changed since the last successful build, so nothing was rendered or written
 * @param pagesKept     pages not rendered at all, as their model was the one the published page came from
 * @param claimsParsed  claim files parsed; the others were unchanged and taken as the last build parsed them
 * @param cardsDrawn    share cards drawn; the others showed what they showed before and were kept
 */
public record BuildResult(int claims, long filesWritten, long bytesWritten, long filesUnchanged,
        List<Diagnostic> warnings, boolean upToDate, int pagesKept, int claimsParsed, int cardsDrawn) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
