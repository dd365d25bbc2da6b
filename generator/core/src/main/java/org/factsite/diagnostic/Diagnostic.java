package org.factsite.diagnostic;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the archive, worded for the author who must fix it.
 *
 * @param file    the file at fault
 * @param line    1-based line in that file, or 0 when no line is known
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(Path file, int line, Severity severity, String message) {

    /** Files in path order, then by line, so reports read top to bottom and are deterministic. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: severity: message}, with the path shown relative to {@code root} when it lies below it. */
    public String format(Path root) {
        Path shown = file;
        if (root != null && file.isAbsolute() && file.startsWith(root)) {
            shown = root.relativize(file);
        }
        String where = line > 0 ? shown + ":" + line : shown.toString();
        return where + ": " + severity.label() + ": " + message;
    }
}
