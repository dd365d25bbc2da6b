package org.factsite.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.config.Verdict;

/**
 * One published fact-check, validated and ready to render. Markdown is already HTML here (citations
 * resolved), so rendering needs no Markdown knowledge.
 *
 * @param file     the claim's source file, for messages
 * @param language the page's language: the claim's {@code lang} or the site's
 */
public record Claim(
        String slug,
        Path file,
        String title,
        String claim,
        Verdict verdict,
        LocalDate checked,
        Optional<LocalDate> updated,
        Optional<String> claimantName,
        Optional<String> claimantUrl,
        List<String> appearances,
        List<String> authors,
        List<String> tags,
        String language,
        Optional<String> summaryHtml,
        String bodyHtml,
        List<Source> sources,
        List<RelatedQuestion> related,
        Map<String, Object> extra) {

    public Claim {
        appearances = List.copyOf(appearances);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        extra = Map.copyOf(extra);
    }

    /** The date a reader should take as the latest: updated, else checked. */
    public LocalDate lastModified() {
        return updated.orElse(checked);
    }

    /** The page's path below the site root, e.g. {@code claims/moon-landing/}. */
    public String sitePath() {
        return "claims/" + slug + "/";
    }
}
