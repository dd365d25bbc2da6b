package org.factsite.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.config.BaseUrl;
import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.PublicationStatus;
import org.factsite.model.Question;
import org.factsite.model.RelatedQuestion;
import org.factsite.model.Source;
import org.factsite.model.Tag;
import org.factsite.render.view.ClaimView;
import org.factsite.render.view.CorrectionView;
import org.factsite.render.view.ImageView;
import org.factsite.render.view.LinkView;
import org.factsite.render.view.PageView;
import org.factsite.render.view.QuestionView;
import org.factsite.render.view.RelatedView;
import org.factsite.render.view.SiteView;
import org.factsite.render.view.SourceView;
import org.factsite.render.view.TagView;
import org.factsite.render.view.VerdictView;
import org.factsite.text.Slugs;

/**
 * Turns model values into the plain views templates get: URLs from the base URL, dates formatted for the
 * page's language, labels from the theme's messages. Views are cached, as list pages show each claim often.
 */
final class Views {

    private final Archive archive;
    private final Theme theme;
    private final BaseUrl base;
    // Concurrent: claim pages render in parallel.
    private final Map<String, Map<String, String>> messagesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    private final Map<String, Integer> verdictCounts = new HashMap<>();
    private final Map<String, Tag> tagsBySlug = new HashMap<>();
    /** A tag as written in a claim to its tag: slugging folds accents, worth doing once per spelling. */
    private final Map<String, Tag> tagsByName = new ConcurrentHashMap<>();
    private final SiteView siteView;

    Views(Archive archive, Theme theme) {
        this.archive = archive;
        this.theme = theme;
        this.base = archive.site().baseUrl();
        archive.claims().forEach(c -> verdictCounts.merge(c.verdict().key(), 1, Integer::sum));
        archive.tags().forEach(t -> tagsBySlug.put(t.slug(), t));
        SiteConfig site = archive.site();
        siteView = new SiteView(site.title(), site.description().orElse(null), site.language(), base.pathTo(""),
                base.pathTo("assets/"), site.publisher().name(), site.publisher().url().orElse(null),
                archive.menu().stream().map(p -> new LinkView(p.title(), base.pathTo(p.sitePath()))).toList(),
                base.pathTo("verdicts/"), base.pathTo("questions/"), base.pathTo("tags/"),
                base.pathTo("corrections/"), base.pathTo("feed.xml"), base.pathTo("feed.json"));
    }

    BaseUrl base() {
        return base;
    }

    /** A page's frame: its language, title, description and address; other fields default. */
    PageView page(String language, String title, String description, String sitePath) {
        return new PageView(language, title, description, base.absolute(sitePath), "website", null, null, false, null,
                null, siteView.feed(), messages(language), siteView);
    }

    PageView claimPage(Claim claim, ClaimView view) {
        String pageUrl = base.absolute(claim.sitePath());
        String image = view.image() == null ? null
                : claim.image().orElseThrow().isLocal() ? pageUrl + claim.image().get().src() : view.image().src();
        return new PageView(claim.language(), claim.title(), claim.claim(), pageUrl, "article", image,
                view.image() == null ? null : view.image().alt(), false, claim.checked().toString(),
                claim.lastModified().toString(), siteView.feed(), messages(claim.language()), siteView);
    }

    PageView withFeed(PageView page, String feedPath) {
        return new PageView(page.lang(), page.title(), page.description(), page.canonical(), page.ogType(),
                page.ogImage(), page.ogImageAlt(), page.noindex(), page.published(), page.modified(), feedPath,
                page.t(), page.site());
    }

    PageView noindex(PageView page) {
        return new PageView(page.lang(), page.title(), page.description(), page.canonical(), page.ogType(),
                page.ogImage(), page.ogImageAlt(), true, page.published(), page.modified(), page.feed(), page.t(),
                page.site());
    }

    /**
     * A claim as lists show it; its body is left out (null). Built each time, not cached: a claim appears in
     * about four lists, and caching every claim's view would hold the archive twice at 100,000 claims.
     */
    ClaimView claim(Claim claim) {
        return buildClaim(claim, null);
    }

    /** A claim for its own page, with its body: built for the page and dropped with it. */
    ClaimView claimWithBody(Claim claim) {
        return buildClaim(claim, claim.bodyHtml().text());
    }

    /**
     * What {@link #claim}'s view takes from the rest of the archive, as text: with the claim itself it
     * determines the view (see {@link PageKeys#claimView}).
     */
    String listViewContext(Claim claim) {
        StringBuilder context = new StringBuilder();
        context.append(verdictCounts.getOrDefault(claim.verdict().key(), 0));
        for (String name : claim.tags()) {
            Tag tag = tagOf(name);
            context.append('|').append(tag.name()).append('#').append(tag.claims().size());
        }
        for (RelatedQuestion related : claim.related()) {
            context.append('|').append(related.answeredBy().flatMap(archive::claim).map(Claim::language).orElse("-"));
        }
        return context.toString();
    }

    private Tag tagOf(String name) {
        return tagsByName.computeIfAbsent(name, n -> tagsBySlug.get(Slugs.slugify(n)));
    }

    private static String status(Claim claim) {
        return claim.status() == PublicationStatus.PUBLISHED ? null : claim.status().name().toLowerCase(Locale.ROOT);
    }

    private ClaimView buildClaim(Claim claim, String bodyHtml) {
        String lang = claim.language();
        return new ClaimView(claim.slug(), base.pathTo(claim.sitePath()), claim.title(), claim.claim(),
                verdict(claim.verdict(), lang), formatDate(claim.checked(), lang), claim.checked().toString(),
                claim.updated().map(d -> formatDate(d, lang)).orElse(null),
                claim.updated().map(LocalDate::toString).orElse(null), claim.claimantName().orElse(null),
                claim.claimantUrl().orElse(null), claim.appearances(), claim.authors(),
                claim.tags().stream().map(name -> tag(tagOf(name))).toList(), lang,
                claim.summaryHtml().orElse(null), claim.summaryStandaloneHtml().orElse(null), bodyHtml,
                claim.image().map(i -> new ImageView(i.isLocal() ? base.pathTo(claim.sitePath()) + i.src() : i.src(),
                        i.alt())).orElse(null),
                claim.sources().stream().map(s -> source(s, lang)).toList(),
                claim.related().stream().map(r -> related(r, lang)).toList(),
                claim.corrections().stream().map(c -> new CorrectionView(formatDate(c.date(), lang),
                        c.date().toString(), c.note(), claim.title(), base.pathTo(claim.sitePath()))).toList(),
                claim.extra(), status(claim), status(claim) == null ? null : messages(lang).get("status." + status(claim)));
    }

    VerdictView verdict(Verdict verdict, String lang) {
        Map<String, String> t = messages(lang);
        String label = verdict.label().in(lang).orElse(t.getOrDefault("verdict." + verdict.key(), verdict.key()));
        String description = verdict.description().in(lang)
                .orElse(t.getOrDefault("verdict." + verdict.key() + ".description", ""));
        return new VerdictView(verdict.key(), label, description, verdict.color(), verdict.icon(),
                verdict.rating().isPresent() ? verdict.rating().getAsInt() : null,
                base.pathTo(verdictPath(verdict)), verdictCounts.getOrDefault(verdict.key(), 0));
    }

    static String verdictPath(Verdict verdict) {
        return "verdicts/" + verdict.key() + "/";
    }

    TagView tag(Tag tag) {
        return new TagView(tag.name(), tag.slug(), base.pathTo(tag.sitePath()), tag.claims().size(),
                base.pathTo(tag.sitePath() + "feed.xml"));
    }

    QuestionView question(Question question, String pageLanguage) {
        Optional<Claim> answer = question.answer();
        return new QuestionView(question.text(),
                answer.map(c -> new LinkView(c.title(), base.pathTo(c.sitePath()))).orElse(null),
                answer.map(Claim::language).filter(l -> !l.equals(pageLanguage)).orElse(null),
                question.raisedBy().stream().map(c -> new LinkView(c.title(), base.pathTo(c.sitePath()))).toList());
    }

    CorrectionView correction(Archive.CorrectedClaim corrected, String lang) {
        return new CorrectionView(formatDate(corrected.correction().date(), lang),
                corrected.correction().date().toString(), corrected.correction().note(), corrected.claim().title(),
                base.pathTo(corrected.claim().sitePath()));
    }

    private RelatedView related(RelatedQuestion related, String pageLanguage) {
        Optional<Claim> answer = related.answeredBy().flatMap(archive::claim);
        return new RelatedView(related.question(), answer.map(c -> base.pathTo(c.sitePath())).orElse(null),
                answer.map(Claim::language).filter(l -> !l.equals(pageLanguage)).orElse(null));
    }

    private SourceView source(Source source, String lang) {
        return new SourceView(source.id(), source.number().orElse(null), source.anchor(), source.title(),
                source.url().orElse(null), source.publisher().orElse(null),
                source.date().map(d -> formatDate(d, lang)).orElse(null),
                source.date().map(LocalDate::toString).orElse(null), source.archived().orElse(null),
                source.citations());
    }

    List<ClaimView> claims(List<Claim> claims) {
        return claims.stream().map(this::claim).toList();
    }

    /** A date in the page's language, by the theme's {@code date.format} pattern for that language. */
    String formatDate(LocalDate date, String lang) {
        return dateFormats.computeIfAbsent(lang, l -> DateTimeFormatter.ofPattern(
                messages(l).getOrDefault("date.format", "d MMMM uuuu"), Locale.forLanguageTag(l))).format(date);
    }

    Map<String, String> messages(String language) {
        return messagesByLanguage.computeIfAbsent(language, l -> theme.messages(l, archive.site().language()));
    }
}
