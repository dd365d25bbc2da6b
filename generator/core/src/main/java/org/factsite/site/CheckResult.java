package org.factsite.site;

import java.util.List;

import org.factsite.diagnostic.Diagnostic;

/** What a check of the archive found when it had no errors: how many claim and page files it checked (drafts too), and the warnings. */
public record CheckResult(int claims, int pages, List<Diagnostic> warnings) {

    public CheckResult {
        warnings = List.copyOf(warnings);
    }
}
