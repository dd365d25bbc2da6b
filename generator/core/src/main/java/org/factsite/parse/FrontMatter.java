package org.factsite.parse;

import java.nio.file.Path;
import java.util.Optional;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;

/**
 * A claim file split into its YAML front matter and Markdown body, with the file line each starts on.
 *
 * @param yaml          the text between the {@code ---} lines
 * @param yamlFirstLine file line of the first YAML line (the line after the opening {@code ---})
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine file line of the first body line
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /** Splits the file, or reports why it cannot and returns empty. */
    public static Optional<FrontMatter> split(ContentFile file, Diagnostics diagnostics) {
        Path path = file.path();
        String text = file.text();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !isFence(lines[0])) {
            diagnostics.error(path, 1, "the file must start with a `---` line that opens the front matter "
                    + "(title, claim, verdict, checked ...), then a closing `---` line, then the article");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (isFence(lines[i]) || lines[i].stripTrailing().equals("...")) {
                String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, i));
                String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        diagnostics.error(path, 1, "the front matter opened by `---` on line 1 is never closed; "
                + "add a `---` line after the last field, before the article text");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals(FENCE);
    }
}
