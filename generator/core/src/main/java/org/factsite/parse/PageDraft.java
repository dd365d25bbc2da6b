package org.factsite.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;


/**
 * A plain page ({@code content/pages/*.md}) after parsing, its Markdown already rendered.
 *
 * @param draft      left out unless the build asks for drafts, as a claim is
 * @param unfinished placeholders left in the file ({@link Unfinished}): only a draft may keep them
 */
public record PageDraft(Path file, String slug, int slugLine, String title, Optional<String> description,
        Optional<String> language, OptionalInt menu, String bodyHtml, boolean draft,
        List<Unfinished.Spot> unfinished) {
}
