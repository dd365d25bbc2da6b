package org.factsite.parse;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The parser's syntax errors in an editor's words: what is wrong on which line, and what to type. SnakeYAML's own
 * sentences ("found character '\t(TAB)' that cannot start any token", "mapping values are not allowed here")
 * describe its state, not the author's mistake; the common mistakes are recognised here from the parser's
 * problem and the line's text, and anything else keeps the parser's sentence with general advice.
 */
final class YamlErrors {

    private static final String QUOTING = "; check the indentation, and put quotes around text that contains `: ` or "
            + "starts with `[`, `{`, `*`, `&`, `!`, `|`, `>`, `%` or `@`";

    private YamlErrors() {
    }

    /** A message with the file line it belongs to. */
    record Explained(int line, String message) {
    }

    static Explained explain(MarkedYAMLException e, String yaml, int firstLine) {
        String[] lines = yaml.split("\n", -1);
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int index = at == null ? 0 : Math.min(at.getLine(), lines.length - 1);
        int contextIndex = e.getContextMark() == null ? index : Math.min(e.getContextMark().getLine(), lines.length - 1);
        String line = lines[index];
        if (problem.contains("\\t(TAB)")) {
            return new Explained(firstLine + index, "this line holds a tab character; YAML indents with spaces only: "
                    + "replace the tab with spaces");
        }
        if (context.startsWith("while scanning a quoted scalar")) {
            char quote = quoteOpenedOn(lines[contextIndex]);
            return new Explained(firstLine + contextIndex, "the text in quotes that starts on this line is never "
                    + "closed; add the closing " + quote + " at its end" + (quote == '"'
                            ? " (a \" inside the text is written \\\")" : " (a ' inside the text is written '')"));
        }
        if (problem.startsWith("mapping values are not allowed")) {
            if (indentOf(line) > indentOf(previousField(lines, index))) {
                return new Explained(firstLine + index, "this line is indented more than the field above it; start "
                        + "its name where the other fields' names start (spaces only)");
            }
            return new Explained(firstLine + index, "the value holds `: `, which YAML reads as the start of another "
                    + "field; put the whole value in quotes, e.g. " + quotedExample(line));
        }
        if (context.startsWith("while scanning a simple key") && problem.startsWith("could not find expected ':'")) {
            return new Explained(firstLine + contextIndex, "this line has no `: ` after the field's name; write "
                    + "`name: value` (text that goes on from the line above must be indented under it)");
        }
        if (context.startsWith("while parsing a flow sequence") || context.startsWith("while parsing a flow mapping")) {
            char close = context.contains("sequence") ? ']' : '}';
            return new Explained(firstLine + contextIndex, "the " + (close == ']' ? "list opened with [" : "map opened "
                    + "with {") + " on this line is not closed where expected; end it with " + close + ", and put "
                    + "quotes around an item that contains `,` or `: `");
        }
        if (problem.startsWith("expected <block end>")) {
            if (problem.endsWith("'<scalar>'")) {
                return new Explained(firstLine + index, "the value starts with a quote or a bracket and goes on after "
                        + "it closes; put the whole value in quotes, e.g. " + quotedExample(line));
            }
            if (problem.endsWith("'-'")) {
                return new Explained(firstLine + index, "a list item (`- `) where a field belongs; indent the item "
                        + "under the field that holds the list");
            }
            return new Explained(firstLine + index, "this line is indented differently from the lines it belongs "
                    + "with; start it where the other fields of the same item start (spaces only)");
        }
        if (problem.contains("that cannot start any token") && at != null && at.getColumn() < line.length()) {
            return new Explained(firstLine + index, "a value cannot start with `" + line.charAt(at.getColumn())
                    + "`; put the whole value in quotes, e.g. " + quotedExample(line));
        }
        String described = context.isEmpty() ? problem : context + ", " + problem;
        return new Explained(firstLine + index, "YAML syntax error: " + (described.isEmpty() ? "unexpected input"
                : described) + QUOTING);
    }

    private static char quoteOpenedOn(String line) {
        int colon = line.indexOf(": ");
        String value = colon < 0 ? line.strip() : line.substring(colon + 2).strip();
        return value.startsWith("'") ? '\'' : '"';
    }

    /** The nearest line above that starts a field (not blank, not a comment). */
    private static String previousField(String[] lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            String stripped = lines[i].strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return lines[i].startsWith(" ") && stripped.startsWith("- ")
                        ? " ".repeat(indentOf(lines[i]) + 2) + stripped.substring(2) : lines[i];
            }
        }
        return "";
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The line as it should be written: {@code title: "Is it: really?"}. */
    private static String quotedExample(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return "`key: \"...\"`";
        }
        String value = line.substring(colon + 2).strip().replace("\\", "\\\\").replace("\"", "\\\"");
        return "`" + line.substring(0, colon).strip() + ": \"" + value + "\"`";
    }
}
