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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.factsite.config.LanguageConfig;
import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.config.VerdictScale;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.markdown.CitationState;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.ClaimRef;
import org.factsite.model.PublicationStatus;
import org.factsite.model.ClaimImage;
import org.factsite.model.Correction;
import org.factsite.model.Editions;
import org.factsite.model.Page;
import org.factsite.model.RelatedQuestion;
import org.factsite.model.SiteLayout;
import org.factsite.model.Source;
import org.factsite.model.Taxonomy;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.PageDraft;
import org.factsite.parse.Unfinished;
import org.factsite.text.Suggestions;

/**
 * The checks that need more than one file or the site configuration (verdicts, citations, images, unique
 * slugs, tags, related questions), then assembly of the immutable {@link Archive}. Problems go to the
 * diagnostics; the archive is returned only when none of them is an error.
 */
public final class ArchiveValidator {

    private static final String NEAR_QUESTIONS = "near questions";
    private static final String CLAIMS = "claims";

    private static final Comparator<ClaimDraft> NEWEST_FIRST = Comparator
            .comparing(ClaimDraft::checked).reversed().thenComparing(ClaimDraft::slug);

    private final PublishingRule publishing;
    private final CheckWork work;

    /** @param work what earlier builds' checks left to carry on from ({@link CheckWork#NONE} for a clean build) */
    public ArchiveValidator(PublishingRule publishing, CheckWork work) {
        this.publishing = publishing;
        this.work = work;
    }

    /**
     * The site's editions, one per language (one for a site without {@code languages:}), when nothing is an
     * error.
     */
    public Optional<Editions> validate(SiteConfig site, Path siteFile, List<ClaimDraft> drafts,
            List<PageDraft> pageDrafts, Diagnostics diagnostics) {
        Function<ClaimDraft, String> editionOf = d -> site.multilingual() ? d.language().orElse(site.language())
                : site.language();
        checkLanguages(site, drafts, pageDrafts, diagnostics);
        checkUniqueSlugs(drafts, editionOf, diagnostics);
        if (site.multilingual()) {
            checkUniqueTranslationKeys(drafts, editionOf, diagnostics);
        }
        List<ClaimDraft> published = drafts.stream()
                .filter(d -> !d.hasErrors() && publishing.publishes(d))
                .toList();
        // Identity, not record equality: drafts are compared once each, never deeply.
        Set<ClaimDraft> isPublished = Collections.newSetFromMap(new IdentityHashMap<>());
        isPublished.addAll(published);
        // Related questions are answered within their claim's edition.
        Map<String, Map<String, String>> answers = new HashMap<>();
        published.stream().collect(Collectors.groupingBy(editionOf, LinkedHashMap::new, Collectors.toList()))
                .forEach((edition, claims) -> answers.put(edition, answerIndex(claims, diagnostics)));
        // One copy of each value that recurs across claims (source ids and anchors, publishers, names, tags,
        // languages): at 100,000 claims the model held millions of equal strings.
        Map<String, String> shared = new ConcurrentHashMap<>();
        NearQuestions near = new NearQuestions(published, work.takeOver(NEAR_QUESTIONS, NearQuestions.Index.class));
        KeptClaims earlier = work.takeOver(CLAIMS, KeptClaims.class).orElse(KeptClaims.NONE);
        // Each draft is checked by itself (the answers and titles are only read): on every core. The report is
        // sorted, and the claims too, so neither depends on the order.
        List<Claim> claims = new ArrayList<>(drafts.parallelStream().flatMap(draft -> {
            UnfinishedChecks.check(draft.file(), draft.draft(), draft.unfinished(), site.verdicts(), diagnostics);
            Optional<Verdict> verdict = verdict(site, draft, diagnostics);
            List<ClaimDraft.SourceDraft> sources = uniqueSources(draft, diagnostics);
            if (site.requireArchived()) {
                requireArchivedCopies(draft, sources, diagnostics);
            }
            checkCitations(draft, sources, diagnostics);
            ImageChecks.check(draft, site.maxImageBytes(), diagnostics);
            checkCorrections(draft, diagnostics);
            List<RelatedQuestion> related = related(draft, answerFor(site, editionOf.apply(draft), answers),
                    near, diagnostics);
            return verdict.isPresent() && isPublished.contains(draft)
                    ? Stream.of(earlier.sameAs(assemble(site, draft, verdict.get(), sources, related, shared)))
                    : Stream.empty();
        }).toList());
        work.leave(CLAIMS, KeptClaims.of(claims));
        near.toLeave().ifPresent(index -> work.leave(NEAR_QUESTIONS, index));
        claims.sort(Archive.NEWEST_FIRST);
        if (site.multilingual()) {
            warnAboutDifferingVerdicts(published, editionOf, diagnostics);
        }
        Map<ClaimRef, Claim> byRef = new HashMap<>();
        claims.forEach(c -> byRef.putIfAbsent(new ClaimRef(site.multilingual() ? c.language() : site.language(),
                c.slug()), c));
        // Each edition's parts first; the archives only when nothing is an error (two claims may share a slug).
        record Parts(SiteConfig site, List<Claim> claims, List<Page> pages, List<Taxonomy> taxonomies,
                List<org.factsite.model.Question> questions) {
        }
        List<Parts> editions = new ArrayList<>();
        for (LanguageConfig language : site.languages()) {
            SiteConfig edition = site.multilingual() ? site.edition(language) : site;
            Predicate<String> inEdition = code -> !site.multilingual() || code.equals(language.code());
            List<Claim> own = claims.stream().filter(c -> inEdition.test(c.language())).toList();
            List<PageDraft> ownPages = pageDrafts.stream()
                    .filter(p -> inEdition.test(p.language().orElse(site.language()))).toList();
            boolean ownMenu = editions.isEmpty() || !language.menu().isEmpty();
            List<Page> pages = PageValidator.validate(edition, siteFile, ownPages, ownMenu,
                    publishing.includeDrafts(), diagnostics);
            // The questions index and each taxonomy read the claims and nothing of each other: made side by side.
            String questionOrder = "questions " + language.code();
            CompletableFuture<QuestionIndex.Built> questionsMade = CompletableFuture.supplyAsync(
                    () -> QuestionIndex.build(own, ref -> Optional.ofNullable(byRef.get(ref)),
                            work.takeOver(questionOrder, KeptOrder.class)));
            List<Taxonomy> taxonomies = site.taxonomies().parallelStream()
                    .map(config -> TaxonomyIndex.build(config, own, diagnostics)).toList();
            QuestionIndex.Built questions = questionsMade.join();
            work.leave(questionOrder, questions.order());
            editions.add(new Parts(edition, own, pages, taxonomies, questions.questions()));
        }
        Map<String, List<Page>> editionPages = new LinkedHashMap<>();
        editions.forEach(e -> editionPages.put(e.site().language(), e.pages()));
        TransparencyChecks.check(site, siteFile, editionPages, publishing.today(), diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new Editions(editions.stream()
                .map(e -> new Archive(e.site(), e.claims(), e.pages(), e.taxonomies(), e.questions(), site.baseUrl()))
                .toList()));
    }

    /** On a site of several languages, every claim and page is in one of them. */
    private static void checkLanguages(SiteConfig site, List<ClaimDraft> drafts, List<PageDraft> pages,
            Diagnostics diagnostics) {
        if (!site.multilingual()) {
            return;
        }
        String known = String.join(", ", site.languages().stream().map(LanguageConfig::code).toList());
        for (ClaimDraft draft : drafts) {
            draft.language().filter(code -> site.languageOf(code).isEmpty()).ifPresent(code -> diagnostics.error(
                    draft.file(), draft.frontMatterLine(), "`lang: " + code + "` is not one of the site's languages ("
                            + known + "); use one of them, or add `" + code + "` to `languages:` in site.yaml"));
        }
        for (PageDraft page : pages) {
            page.language().filter(code -> site.languageOf(code).isEmpty()).ifPresent(code -> diagnostics.error(
                    page.file(), 1, "`lang: " + code + "` is not one of the site's languages (" + known
                            + "); use one of them, or add `" + code + "` to `languages:` in site.yaml"));
        }
    }

    private static void checkUniqueSlugs(List<ClaimDraft> drafts, Function<ClaimDraft, String> editionOf,
            Diagnostics diagnostics) {
        Map<String, ClaimDraft> bySlug = new HashMap<>();
        for (ClaimDraft draft : drafts) {
            if (draft.slug().isEmpty()) {
                continue; // already reported by the parser
            }
            ClaimDraft other = bySlug.putIfAbsent(editionOf.apply(draft) + "/" + draft.slug(), draft);
            if (other != null) {
                diagnostics.error(draft.file(), draft.slugLine(), "this claim's page address `"
                        + SiteLayout.claim(draft.slug()) + "` is already taken by " + other.file().getFileName()
                        + "; rename one of the files or "
                        + "give one a different `slug:`");
            }
        }
    }

    /** One claim per language for each translation key: a reader's language switcher must land on one page. */
    private static void checkUniqueTranslationKeys(List<ClaimDraft> drafts, Function<ClaimDraft, String> editionOf,
            Diagnostics diagnostics) {
        Map<String, ClaimDraft> byKey = new HashMap<>();
        for (ClaimDraft draft : drafts) {
            String edition = editionOf.apply(draft);
            ClaimDraft other = byKey.putIfAbsent(edition + "/" + draft.translationKey(), draft);
            if (other != null) {
                diagnostics.error(draft.file(), draft.translationKeyLine(), "this claim and "
                        + other.file().getFileName() + " are both the `" + edition + "` translation of `"
                        + draft.translationKey() + "`; give one of them its own `translationKey:`");
            }
        }
    }

    /**
     * Translations of one check should give one verdict. A warning, not an error: a correction may reach one
     * language first, but a reader must not meet two verdicts without anyone having been told.
     */
    private static void warnAboutDifferingVerdicts(List<ClaimDraft> published, Function<ClaimDraft, String> editionOf,
            Diagnostics diagnostics) {
        Map<String, ClaimDraft> first = new HashMap<>();
        for (ClaimDraft draft : published.stream().sorted(Comparator.comparing(ClaimDraft::file)).toList()) {
            ClaimDraft other = first.putIfAbsent(draft.translationKey(), draft);
            if (other != null && !other.verdictKey().equals(draft.verdictKey())) {
                diagnostics.warning(draft.file(), draft.verdictLine(), "this translation's verdict is `"
                        + draft.verdictKey() + "`, but " + other.file().getFileName() + " (" + editionOf.apply(other)
                        + ") says `" + other.verdictKey() + "`; give both the same verdict, or correct the other one too");
            }
        }
    }

    private static Optional<Verdict> verdict(SiteConfig site, ClaimDraft draft, Diagnostics diagnostics) {
        if (draft.verdictKey().isEmpty()) {
            return Optional.empty(); // missing: already reported by the parser
        }
        if (Unfinished.isMarker(draft.verdictKey())) {
            // Not chosen yet: a draft shows as "not yet rated"; anything else was reported as unfinished.
            return draft.draft() ? Optional.of(VerdictScale.NOT_YET_RATED) : Optional.empty();
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

    /** With {@code requireArchived: true}, a source a reader may no longer be able to open needs its archived copy. */
    private static void requireArchivedCopies(ClaimDraft draft, List<ClaimDraft.SourceDraft> sources,
            Diagnostics diagnostics) {
        for (ClaimDraft.SourceDraft source : sources) {
            if (source.archived().isEmpty()) {
                diagnostics.error(draft.file(), source.line(), "source " + source.id() + " has no archived copy; "
                        + "site.yaml asks one of every source (`requireArchived: true`): save the page in a web "
                        + "archive (Wayback Machine, archive.today, Perma.cc) and add its address as `archived:`");
            }
        }
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

    /**
     * Who answers a question asked in {@code edition}: a claim of that edition, else one of the others in the
     * site's order of languages.
     */
    private static Function<String, Optional<ClaimRef>> answerFor(SiteConfig site, String edition,
            Map<String, Map<String, String>> answers) {
        List<String> order = new ArrayList<>();
        order.add(edition);
        site.languages().stream().map(LanguageConfig::code).filter(code -> !code.equals(edition)).forEach(order::add);
        return question -> { // asked for every related question of every claim: a loop, not a stream
            for (String code : order) {
                String slug = answers.getOrDefault(code, Map.of()).get(question);
                if (slug != null) {
                    return Optional.of(new ClaimRef(code, slug));
                }
            }
            return Optional.empty();
        };
    }

    private static List<RelatedQuestion> related(ClaimDraft draft, Function<String, Optional<ClaimRef>> answers,
            NearQuestions near, Diagnostics diagnostics) {
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
            Optional<ClaimRef> answer = answers.apply(key);
            if (answer.isEmpty()) {
                near.near(related, draft).ifPresent(meant -> diagnostics.warning(draft.file(), related.line(),
                        "related question \"" + related.question() + "\" is not the title of any check, but close to \""
                                + meant.title() + "\" (" + meant.file().getFileName() + "); if it means that check, "
                                + "write its title as it is and it will link there"));
            }
            result.add(new RelatedQuestion(related.question(), key, related.folded(), answer));
        }
        return result;
    }

    private Claim assemble(SiteConfig site, ClaimDraft draft, Verdict verdict,
            List<ClaimDraft.SourceDraft> sources, List<RelatedQuestion> related, Map<String, String> shared) {
        ClaimDraft.Article article = draft.article();
        java.util.function.UnaryOperator<String> one = value -> shared.computeIfAbsent(value, v -> v);
        List<Source> modelSources = sources.stream()
                .map(s -> new Source(one.apply(s.id()), one.apply(CitationState.sourceAnchor(s.id())), s.title(),
                        s.url(), s.publisher().map(one), s.date(), s.archived(),
                        article.citationCounts().getOrDefault(s.id(), 0)))
                .toList();
        List<Correction> corrections = draft.corrections().stream()
                .map(c -> new Correction(c.date(), c.note()))
                .sorted(Comparator.comparing(Correction::date))
                .toList();
        return new Claim(draft.slug(), draft.file(), draft.title(), draft.claim(), verdict, draft.checked(),
                draft.updated(), draft.claimant().map(ClaimDraft.Claimant::name).map(one),
                draft.claimant().flatMap(ClaimDraft.Claimant::url), draft.appearances(),
                draft.authors().stream().map(one).toList(), draft.tags().stream().map(one).toList(),
                one.apply(draft.language().orElse(site.language())), article.summaryHtml(), article.summaryStandaloneHtml(),
                article.summaryListHtml(),
                article.bodyHtml(), modelSources, related, corrections,
                draft.image().map(i -> new ClaimImage(i.src(), i.alt(), draft.resources().stream()
                        .filter(r -> r.name().equals(i.src())).findFirst())), draft.media(), draft.resources(), draft.extra(),
                draft.draft() ? PublicationStatus.DRAFT
                        : draft.checked().isAfter(publishing.today()) ? PublicationStatus.SCHEDULED
                        : PublicationStatus.PUBLISHED, draft.translationKey());
    }
}
