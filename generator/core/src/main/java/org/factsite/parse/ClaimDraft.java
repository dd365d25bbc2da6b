package org.factsite.parse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.CompactHtml;
import org.factsite.model.Resource;
import org.factsite.model.ReviewedMedia;

/**
 * One claim file after parsing: fields typed, Markdown parsed, and the line of each item kept for the checks
 * that need the whole archive (verdict keys, citations, slugs, related questions). A draft whose file had
 * errors ({@code hasErrors}) is still checked, so authors see all its problems at once, but never published;
 * its missing required values are empty text or a null {@code checked}.
 *
 * <p>Questions are normalized here, once per parse, rather than in each validation: the preview validates
 * the whole archive after every edit but parses only what changed.
 *
 * @param normalizedTitle the title as related questions are compared with it
 * @param translationKey  what the claim's translations share: {@code translationKey:}, else its file's name
 *                        without the language ({@code name} of {@code name.vi.md})
 * @param unfinished      placeholders left in the file ({@link Unfinished}): a draft may keep them
 */
public record ClaimDraft(
        Path file,
        int frontMatterLine,
        String slug,
        int slugLine,
        String title,
        String claim,
        String verdictKey,
        int verdictLine,
        LocalDate checked,
        Optional<LocalDate> updated,
        Optional<Claimant> claimant,
        List<String> appearances,
        List<String> authors,
        List<String> tags,
        Article article,
        List<SourceDraft> sources,
        List<RelatedDraft> related,
        boolean draft,
        Optional<String> language,
        List<CorrectionDraft> corrections,
        Optional<ImageDraft> image,
        Optional<ReviewedMedia> media,
        List<Resource> resources,
        Map<String, Object> extra,
        boolean hasErrors,
        String normalizedTitle,
        String translationKey,
        int translationKeyLine,
        List<Unfinished.Spot> unfinished) {

    /**
     * The summary and body, already rendered (so no Markdown tree outlives its file), with what the checks
     * need: every citation marker and image with its line, and each source's citation anchors.
     *
     * @param summaryStandaloneHtml the summary for feeds: absolute links, no anchor ids
     * @param summaryListHtml       the summary for the site's list pages: links from the host's root (so they
     *                              stay on whichever host serves the site, the preview's too), no anchor ids
     * @param citationCounts        source id to how many times the text cites it (its anchors follow from that)
     */
    public record Article(List<ParsedMarkdown.Marker> markers, List<ParsedMarkdown.ImageRef> images,
            Optional<String> summaryHtml, Optional<String> summaryStandaloneHtml, Optional<String> summaryListHtml,
            CompactHtml bodyHtml,
            Map<String, Integer> citationCounts) {
    }

    /** Who made the claim. */
    public record Claimant(String name, Optional<String> url) {
    }

    public record SourceDraft(String id, int line, String title, Optional<String> url, Optional<String> publisher,
            Optional<LocalDate> date, Optional<String> archived) {
    }

    /**
     * @param normalized the question as compared ({@link org.factsite.text.Questions#normalize}), made once per parse
     * @param folded     {@code normalized} without accents, as the questions index sorts it
     */
    public record RelatedDraft(String question, int line, String normalized, String folded) {
    }

    public record CorrectionDraft(LocalDate date, String note, int line) {
    }

    /** @param alt empty when the author gave none */
    public record ImageDraft(String src, String alt, int line) {
    }
}
