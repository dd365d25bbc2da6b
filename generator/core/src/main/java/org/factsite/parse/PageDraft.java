package org.factsite.parse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.factsite.markdown.ParsedMarkdown;

/** A plain page ({@code content/pages/*.md}) after parsing. */
public record PageDraft(Path file, String slug, int slugLine, String title, Optional<String> description,
        Optional<String> language, OptionalInt menu, ParsedMarkdown body) {
}
