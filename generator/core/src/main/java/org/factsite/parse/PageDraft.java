package org.factsite.parse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;


/** A plain page ({@code content/pages/*.md}) after parsing, its Markdown already rendered. */
public record PageDraft(Path file, String slug, int slugLine, String title, Optional<String> description,
        Optional<String> language, OptionalInt menu, String bodyHtml) {
}
