package org.factsite.diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one build, so authors see them all in one run rather than one per run.
 * Safe to report to from several threads (pages render in parallel); reports are sorted, so the order in
 * which problems arrive never shows.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public synchronized void error(Path file, int line, String message) {
        all.add(new Diagnostic(file, line, Severity.ERROR, message));
    }

    public synchronized void warning(Path file, int line, String message) {
        all.add(new Diagnostic(file, line, Severity.WARNING, message));
    }

    public synchronized void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    public void addAll(Diagnostics other) {
        List<Diagnostic> theirs;
        synchronized (other) {
            theirs = List.copyOf(other.all);
        }
        synchronized (this) {
            all.addAll(theirs);
        }
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** All problems, sorted, with warnings turned into errors (strict mode, for CI). */
    public List<Diagnostic> sortedStrict() {
        return sorted().stream()
                .map(d -> d.isError() ? d : new Diagnostic(d.file(), d.line(), Severity.ERROR,
                        d.message() + " [a warning, failing the build in strict mode]"))
                .toList();
    }

    /** All problems, sorted by file and line. */
    public synchronized List<Diagnostic> sorted() {
        return all.stream().sorted(Diagnostic.ORDER).toList();
    }

    public List<Diagnostic> errors() {
        return sorted().stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return sorted().stream().filter(d -> !d.isError()).toList();
    }
}
