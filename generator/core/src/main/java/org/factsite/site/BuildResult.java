package org.factsite.site;

import java.util.List;

import org.factsite.diagnostic.Diagnostic;

/** What a successful build did, and the warnings it printed. */
public record BuildResult(int claims, long filesWritten, long bytesWritten, List<Diagnostic> warnings) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
