package org.factsite.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.config.Verdict;

/**
 * One published fact-check, validated and ready to render. Markdown is already HTML here (citations
 * resolved), so rendering needs no Markdown knowledge.
 *
 * @param file     the claim's source file, for messages
 * @param language    the page's language: the claim's {@code lang} or the site's
 * @param summaryStandaloneHtml the summary as shown away from its page in feeds: every link absolute,
 *                              citations pointing at the sources on the claim's page, no anchor ids
 * @param summaryListHtml       the same for the site's own list pages, its links from the host's root
 * @param corrections oldest first
 * @param media       the image, video or recording the check is about, for a MediaReview
 * @param resources   files of the claim's folder (images ...), copied beside its page; paths relative to it
 * @param status      a draft or a future claim is only in builds that ask for them, such as the preview
 * @param translationKey what its translations in the site's other languages share
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
        Optional<String> summaryStandaloneHtml,
        Optional<String> summaryListHtml,
        CompactHtml bodyHtml,
        List<Source> sources,
        List<RelatedQuestion> related,
        List<Correction> corrections,
        Optional<ClaimImage> image,
        Optional<ReviewedMedia> media,
        List<Resource> resources,
        Map<String, Object> extra,
        PublicationStatus status,
        String translationKey) {

    public Claim {
        appearances = List.copyOf(appearances);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        corrections = List.copyOf(corrections);
        resources = List.copyOf(resources);
        // In the author's order (Map.copyOf's order changes from one JVM run to the next): themes may list it.
        extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** The latest of checked, updated and the corrections' dates: the page's dateModified and sitemap lastmod. */
    public LocalDate lastModified() {
        LocalDate latest = updated.orElse(checked);
        for (Correction correction : corrections) {
            if (correction.date().isAfter(latest)) {
                latest = correction.date();
            }
        }
        return latest;
    }

    /** The page's path below the site root, e.g. {@code claims/moon-landing/}. */
    public String sitePath() {
        return SiteLayout.claim(slug);
    }
}
