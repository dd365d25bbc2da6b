package org.factsite.render.feed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.factsite.config.LocalizedText;
import org.factsite.config.Verdict;
import org.factsite.model.Claim;
import org.factsite.model.CompactHtml;
import org.factsite.model.PublicationStatus;

/** Claims made directly, for tests of one renderer part that do not need a whole archive. */
final class TestClaims {

    private TestClaims() {
    }

    static Claim claim(String slug, LocalDate checked) {
        Verdict verdict = new Verdict("false", LocalizedText.of("False"), LocalizedText.NONE, OptionalInt.of(1),
                "#b42318", "✖");
        return new Claim(slug, Path.of("content/claims/" + slug + ".md"), "Title " + slug, "Claim " + slug, verdict,
                checked, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), "en",
                Optional.empty(), Optional.empty(), Optional.empty(), CompactHtml.of(""), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), List.of(), Map.of(), PublicationStatus.PUBLISHED, slug);
    }
}
