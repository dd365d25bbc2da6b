package org.factsite.site;

import java.util.List;

import org.factsite.diagnostic.Diagnostic;

/**
 * What a check of the archive found when it had no errors: how many claim and page files it checked (drafts
 * too), the warnings, and how many claim files it parsed (the others were as the last build parsed them).
 */
public record CheckResult(int claims, int pages, List<Diagnostic> warnings, int claimsParsed) {

    public CheckResult {
        warnings = List.copyOf(warnings);
    }
}
