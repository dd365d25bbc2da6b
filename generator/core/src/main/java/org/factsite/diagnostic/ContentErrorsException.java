package org.factsite.diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The archive has mistakes an author must fix. Carries every diagnostic of the build; its message is the
 * summary and the list, which is all a user needs (callers print it without a stack trace).
 */
public final class ContentErrorsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final transient Path reportRoot;

    public ContentErrorsException(List<Diagnostic> diagnostics, Path reportRoot) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
        this.reportRoot = reportRoot;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** "3 errors in 2 files" followed by one line per problem. */
    public String report() {
        return getMessage() + System.lineSeparator() + diagnostics.stream()
                .map(d -> "  " + d.format(reportRoot))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String summary(List<Diagnostic> diagnostics) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        long files = errors.stream().map(Diagnostic::file).distinct().count();
        return "FactSite found " + plural(errors.size(), "error") + " in " + plural(files, "file")
                + "; nothing was written";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
