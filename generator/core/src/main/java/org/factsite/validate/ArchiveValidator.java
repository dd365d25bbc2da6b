package org.factsite.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.markdown.CitationState;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.PublicationStatus;
import org.factsite.model.ClaimImage;
import org.factsite.model.Correction;
import org.factsite.model.Page;
import org.factsite.model.RelatedQuestion;
import org.factsite.model.Source;
import org.factsite.model.Taxonomy;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.PageDraft;
import org.factsite.text.Suggestions;

/**
 * The checks that need more than one file or the site configuration (verdicts, citations, images, unique
 * slugs, tags, related questions), then assembly of the immutable {@link Archive}. Problems go to the
 * diagnostics; the archive is returned only when none of them is an error.
 */
public final class ArchiveValidator {

    private static final Comparator<ClaimDraft> NEWEST_FIRST = Comparator
            .comparing(ClaimDraft::checked).reversed().thenComparing(ClaimDraft::slug);

    private final PublishingRule publishing;

    public ArchiveValidator(PublishingRule publishing) {
        this.publishing = publishing;
    }

    public Optional<Archive> validate(SiteConfig site, Path siteFile, List<ClaimDraft> drafts,
            List<PageDraft> pageDrafts, Diagnostics diagnostics) {
        checkUniqueSlugs(drafts, diagnostics);
        List<ClaimDraft> published = drafts.stream()
                .filter(d -> !d.hasErrors() && publishing.publishes(d, site))
                .toList();
        // Identity, not record equality: drafts are compared once each, never deeply.
        Set<ClaimDraft> isPublished = Collections.newSetFromMap(new IdentityHashMap<>());
        isPublished.addAll(published);
        Map<String, String> answers = answerIndex(published, diagnostics);
        List<Claim> claims = new ArrayList<>();
        for (ClaimDraft draft : drafts) {
            Optional<Verdict> verdict = verdict(site, draft, diagnostics);
            List<ClaimDraft.SourceDraft> sources = uniqueSources(draft, diagnostics);
            checkCitations(draft, sources, diagnostics);
            ImageChecks.check(draft, diagnostics);
            checkCorrections(draft, diagnostics);
            List<RelatedQuestion> related = related(draft, answers, diagnostics);
            if (verdict.isPresent() && isPublished.contains(draft)) {
                claims.add(assemble(site, draft, verdict.get(), sources, related));
            }
        }
        claims.sort(Archive.NEWEST_FIRST);
        List<Page> pages = PageValidator.validate(site, siteFile, pageDrafts, diagnostics);
        List<Taxonomy> taxonomies = site.taxonomies().stream()
                .map(config -> TaxonomyIndex.build(config, claims, diagnostics)).toList();
        Map<String, Claim> bySlug = new HashMap<>();
        claims.forEach(c -> bySlug.put(c.slug(), c));
        var questions = QuestionIndex.build(claims, slug -> Optional.ofNullable(bySlug.get(slug)));
        return diagnostics.hasErrors() ? Optional.empty()
                : Optional.of(new Archive(site, claims, pages, taxonomies, questions));
    }

    private static void checkUniqueSlugs(List<ClaimDraft> drafts, Diagnostics diagnostics) {
        Map<String, ClaimDraft> bySlug = new HashMap<>();
        for (ClaimDraft draft : drafts) {
            if (draft.slug().isEmpty()) {
                continue; // already reported by the parser
            }
            ClaimDraft other = bySlug.putIfAbsent(draft.slug(), draft);
            if (other != null) {
                diagnostics.error(draft.file(), draft.slugLine(), "this claim's page address `claims/" + draft.slug()
                        + "/` is already taken by " + other.file().getFileName() + "; rename one of the files or "
                        + "give one a different `slug:`");
            }
        }
    }

    private static Optional<Verdict> verdict(SiteConfig site, ClaimDraft draft, Diagnostics diagnostics) {
        if (draft.verdictKey().isEmpty()) {
            return Optional.empty(); // missing: already reported by the parser
        }
        Optional<Verdict> verdict = site.verdicts().find(draft.verdictKey());
        if (verdict.isEmpty()) {
            List<String> keys = site.verdicts().keys();
            diagnostics.error(draft.file(), draft.verdictLine(), "unknown verdict `" + draft.verdictKey() + "`"
                    + Suggestions.didYouMean(draft.verdictKey(), keys) + "; use one of: " + String.join(", ", keys));
        }
        return verdict;
    }

    private static List<ClaimDraft.SourceDraft> uniqueSources(ClaimDraft draft, Diagnostics diagnostics) {
        Map<String, ClaimDraft.SourceDraft> byId = new LinkedHashMap<>();
        for (ClaimDraft.SourceDraft source : draft.sources()) {
            ClaimDraft.SourceDraft earlier = byId.putIfAbsent(source.id(), source);
            if (earlier != null) {
                diagnostics.error(draft.file(), source.line(), "two sources have id `" + source.id()
                        + "` (the first on line " + earlier.line() + "); give each source its own id");
            }
            if (source.date().isPresent() && draft.checked() != null && source.date().get().isAfter(draft.checked())) {
                diagnostics.warning(draft.file(), source.line(), "source " + source.id() + " is dated "
                        + source.date().get() + ", after the check (" + draft.checked() + "); check the date, or "
                        + "set `updated:` if the check was revised with it");
            }
        }
        return List.copyOf(byId.values());
    }

    private static void checkCitations(ClaimDraft draft, List<ClaimDraft.SourceDraft> sources, Diagnostics diagnostics) {
        Set<String> ids = new LinkedHashSet<>();
        sources.forEach(s -> ids.add(s.id()));
        Set<String> cited = new LinkedHashSet<>();
        for (ParsedMarkdown.Marker marker : draft.article().markers()) {
            if (ids.contains(marker.sourceId())) {
                cited.add(marker.sourceId());
            } else if (marker.sourceId().chars().allMatch(Character::isDigit)) {
                diagnostics.error(draft.file(), marker.line(), "citation [" + marker.sourceId()
                        + "] names no source; add a source with `id: " + marker.sourceId() + "` under `sources:`"
                        + (ids.isEmpty() ? "" : " or cite one of: " + String.join(", ", ids)));
            }
        }
        for (ClaimDraft.SourceDraft source : sources) {
            if (!cited.contains(source.id())) {
                diagnostics.warning(draft.file(), source.line(), "source " + source.id()
                        + " is never cited; cite it in the text as [" + source.id() + "] or remove it");
            }
        }
    }


    private static void checkCorrections(ClaimDraft draft, Diagnostics diagnostics) {
        for (ClaimDraft.CorrectionDraft correction : draft.corrections()) {
            if (draft.checked() != null && correction.date().isBefore(draft.checked())) {
                diagnostics.error(draft.file(), correction.line(), "the correction dated " + correction.date()
                        + " is before the check (" + draft.checked() + "); a correction comes after publication");
            }
        }
    }

    /** Normalised title to slug, over the published claims; when two ask the same question the newer answers. */
    private static Map<String, String> answerIndex(List<ClaimDraft> published, Diagnostics diagnostics) {
        Map<String, List<ClaimDraft>> byQuestion = new LinkedHashMap<>();
        published.forEach(d -> byQuestion.computeIfAbsent(d.normalizedTitle(), k -> new ArrayList<>()).add(d));
        Map<String, String> answers = new HashMap<>();
        byQuestion.forEach((question, claims) -> {
            ClaimDraft answer = claims.stream().min(NEWEST_FIRST).orElseThrow();
            answers.put(question, answer.slug());
            claims.stream().filter(c -> c != answer).forEach(c -> diagnostics.warning(c.file(), c.frontMatterLine(),
                    "another claim (" + answer.file().getFileName() + ") asks the same question; related questions "
                            + "link to that newer one"));
        });
        return answers;
    }

    private static List<RelatedQuestion> related(ClaimDraft draft, Map<String, String> answers,
            Diagnostics diagnostics) {
        String own = draft.normalizedTitle();
        List<RelatedQuestion> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ClaimDraft.RelatedDraft related : draft.related()) {
            String key = related.normalized();
            if (key.equals(own)) {
                diagnostics.warning(draft.file(), related.line(), "related question \"" + related.question()
                        + "\" is this claim's own title; it is left out");
                continue;
            }
            if (!seen.add(key)) {
                diagnostics.warning(draft.file(), related.line(), "related question \"" + related.question()
                        + "\" is listed twice; the repeat is left out");
                continue;
            }
            result.add(new RelatedQuestion(related.question(), key, related.folded(),
                    Optional.ofNullable(answers.get(key))));
        }
        return result;
    }

    private Claim assemble(SiteConfig site, ClaimDraft draft, Verdict verdict,
            List<ClaimDraft.SourceDraft> sources, List<RelatedQuestion> related) {
        ClaimDraft.Article article = draft.article();
        List<Source> modelSources = sources.stream()
                .map(s -> new Source(s.id(), CitationState.sourceAnchor(s.id()), s.title(), s.url(), s.publisher(),
                        s.date(), s.archived(), article.citationAnchors().getOrDefault(s.id(), List.of())))
                .toList();
        List<Correction> corrections = draft.corrections().stream()
                .map(c -> new Correction(c.date(), c.note()))
                .sorted(Comparator.comparing(Correction::date))
                .toList();
        return new Claim(draft.slug(), draft.file(), draft.title(), draft.claim(), verdict, draft.checked(),
                draft.updated(), draft.claimant().map(ClaimDraft.Claimant::name),
                draft.claimant().flatMap(ClaimDraft.Claimant::url), draft.appearances(), draft.authors(), draft.tags(),
                draft.language().orElse(site.language()), article.summaryHtml(), article.summaryStandaloneHtml(),
                article.bodyHtml(), modelSources, related, corrections,
                draft.image().map(i -> new ClaimImage(i.src(), i.alt())), draft.resources(), draft.extra(),
                draft.draft() ? PublicationStatus.DRAFT
                        : draft.checked().isAfter(publishing.today(site)) ? PublicationStatus.SCHEDULED
                        : PublicationStatus.PUBLISHED);
    }
}
