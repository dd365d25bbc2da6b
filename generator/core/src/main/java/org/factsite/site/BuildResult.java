package org.factsite.site;

import java.util.List;

import org.factsite.diagnostic.Diagnostic;

/**
 * What a successful build did, and the warnings it printed.
 *
 * @param upToDate nothing had changed since the last successful build, so nothing was rendered or written
 */
public record BuildResult(int claims, long filesWritten, long bytesWritten, List<Diagnostic> warnings,
        boolean upToDate) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
