package org.factsite.render.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.config.BaseUrl;
import org.factsite.markdown.CitationState;
import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.model.PublicationStatus;
import org.factsite.model.Question;
import org.factsite.model.RelatedQuestion;
import org.factsite.model.Source;
import org.factsite.model.SiteLayout;
import org.factsite.model.Taxonomy;
import org.factsite.model.Term;
import org.factsite.model.Resource;
import org.factsite.model.ReviewedMedia;
import org.factsite.model.PixelSize;
import org.factsite.model.ClaimImage;
import org.factsite.render.view.AlternateView;
import org.factsite.render.view.ClaimView;
import org.factsite.render.view.CorrectionView;
import org.factsite.render.view.DistributionView;
import org.factsite.render.view.ImageView;
import org.factsite.render.view.LinkView;
import org.factsite.render.view.NavView;
import org.factsite.render.view.PageView;
import org.factsite.render.view.QuestionView;
import org.factsite.render.view.RelatedView;
import org.factsite.render.view.SiteView;
import org.factsite.render.view.SourceView;
import org.factsite.render.view.TagView;
import org.factsite.render.view.TermListView;
import org.factsite.render.view.VerdictView;
import org.factsite.render.theme.Theme;

/**
 * Turns model values into the plain views templates get: URLs from the base URL, dates formatted for the
 * page's language, labels from the theme's messages. Views are cached, as list pages show each claim often.
 */
public final class Views {

    private final Archive archive;
    private final Theme theme;
    private final BaseUrl base;
    // Concurrent: claim pages render in parallel.
    private final Map<String, Map<String, String>> messagesByLanguage = new ConcurrentHashMap<>();
    private final Map<String, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();
    private final Map<String, Integer> verdictCounts = new HashMap<>();
    /** The taxonomies whose terms a claim's page links: its tags, its claimant, its authors (each may be absent). */
    private final Optional<Taxonomy> tags;
    private final Optional<Taxonomy> claimants;
    /** The taxonomies a claim page links in places of their own (topics, the claimant, the authors). */
    private static final Set<String> BUILT_IN_LINKS = Set.of("tags", "claimant", "authors");
    private final Optional<Taxonomy> authors;
    /** A term as written in a claim, by taxonomy and spelling: slugging folds accents, worth doing once. */
    private final Map<String, Optional<Term>> termsBySpelling = new ConcurrentHashMap<>();
    private final SiteView siteView;

    private final Alternates alternates;

    private final Editions editions;
    /** The same as the ClaimReview author names them: made once, every claim page and the data feed carry them. */
    private final Map<String, String> policyUrls = new LinkedHashMap<>();

    /**
     * @param editions   every language's edition: a related question may be answered in another
     * @param navigation the header and footer links the edition's kinds of page name
     */
    public Views(Archive archive, Theme theme, Alternates alternates, Editions editions, List<NavEntry> navigation) {
        this.archive = archive;
        this.alternates = alternates;
        this.editions = editions;
        this.theme = theme;
        this.base = archive.site().baseUrl();
        archive.claims().forEach(c -> verdictCounts.merge(c.verdict().key(), 1, Integer::sum));
        tags = archive.taxonomyOf("tags");
        claimants = archive.taxonomyOf("claimant");
        authors = archive.taxonomyOf("authors");
        SiteConfig site = archive.site();
        archive.policyPages().forEach((kind, page) -> {
            String property = POLICY_PROPERTIES.get(kind);
            if (property != null) {
                policyUrls.put(property, base.absolute(page.sitePath()));
            }
        });
        siteView = new SiteView(site.title(), site.description().orElse(null), site.language(), base.pathTo(""),
                archive.root().pathTo(SiteLayout.ASSETS), site.publisher().name(), site.publisher().url().orElse(null),
                links(navigation, NavEntry.Place.HEADER), links(navigation, NavEntry.Place.FOOTER),
                base.pathTo(SiteLayout.SEARCH), base.pathTo(SiteLayout.FEED),
                site.contentSecurityPolicy().orElse(null));
    }

    /** The links of one place, by weight (a stable sort: equal weights keep the kinds' order). */
    private List<NavView> links(List<NavEntry> navigation, NavEntry.Place place) {
        return navigation.stream().filter(entry -> entry.place() == place)
                .sorted(java.util.Comparator.comparingInt(NavEntry::weight))
                .map(entry -> new NavView(base.pathTo(entry.sitePath()), entry.title(), entry.label())).toList();
    }

    public BaseUrl base() {
        return base;
    }

    /** A page's frame: its language, title, description and address; other fields default. */
    public PageView page(String language, String title, String description, String sitePath) {
        boolean card = archive.site().shareCards();
        return new PageView(language, title, description, base.absolute(sitePath), "website",
                card ? base.absolute(SiteLayout.SITE_CARD) : null, card ? archive.site().title() : null, false, null,
                null, siteView.feed(), messages(language), siteView, alternates.of(archive, sitePath));
    }

    /** schema.org's name for the page of each policy kind the ClaimReview author names. */
    private static final Map<String, String> POLICY_PROPERTIES = Map.of("methodology", "publishingPrinciples",
            "corrections", "correctionsPolicy", "funding", "ownershipFundingInfo", "feedback", "actionableFeedbackPolicy");

    /** The edition's policy pages that exist, as the ClaimReview author names them, in the footer's order. */
    public Map<String, String> policyUrls() {
        return java.util.Collections.unmodifiableMap(policyUrls);
    }

    /** The claim's page in each of the site's languages (see {@link Alternates#of}). */
    public List<AlternateView> alternatesOf(Claim claim) {
        return alternates.of(archive, claim.sitePath());
    }

    /**
     * A claim page's frame. What a share shows leads with the verdict ("False: ..."), so a preview never repeats the
     * rumour alone; its image is the claim's share card, never the claim's own (often the viral) image.
     */
    public PageView claimPage(Claim claim, ClaimView view) {
        String pageUrl = base.absolute(claim.sitePath());
        Map<String, String> t = messages(claim.language());
        String verdict = view.verdict().label();
        String claimLed = lead(t, verdict, claim.claim());
        boolean card = archive.site().shareCards();
        return new PageView(claim.language(), lead(t, verdict, claim.title()), claimLed, pageUrl, "article",
                card ? base.absolute(SiteLayout.shareCard(claim.slug())) : null, card ? claimLed : null, false,
                claim.checked().toString(), claim.lastModified().toString(), siteView.feed(), t, siteView,
                alternatesOf(claim));
    }

    private static String lead(Map<String, String> t, String verdict, String text) {
        return t.get("share.lead").replace("{verdict}", verdict).replace("{text}", text);
    }

    public PageView withFeed(PageView page, String feedPath) {
        return new PageView(page.lang(), page.title(), page.description(), page.canonical(), page.ogType(),
                page.ogImage(), page.ogImageAlt(), page.noindex(), page.published(), page.modified(), feedPath,
                page.t(), page.site(), page.alternates());
    }

    public PageView noindex(PageView page) {
        return new PageView(page.lang(), page.title(), page.description(), page.canonical(), page.ogType(),
                page.ogImage(), page.ogImageAlt(), true, page.published(), page.modified(), page.feed(), page.t(),
                page.site(), List.of());
    }

    /**
     * A claim as lists show it; its body is left out (null). Built each time, not cached: a claim appears in
     * about four lists, and caching every claim's view would hold the archive twice at 100,000 claims.
     */
    public ClaimView claim(Claim claim) {
        return buildClaim(claim, context(claim), null);
    }

    /** A claim for its own page, with its body: built for the page and dropped with it. */
    public ClaimView claimWithBody(Claim claim) {
        return buildClaim(claim, context(claim), claim.bodyHtml().text());
    }

    /** What {@link #claim}'s view takes from the rest of the archive: with the claim itself it makes the view. */
    public ClaimContext context(Claim claim) {
        List<TagView> tagViews = tags.map(t -> t.spellingsIn(claim).stream()
                .flatMap(spelling -> termOf(t, spelling).stream()).map(term -> term(t, term)).toList())
                .orElse(List.of());
        LinkView claimant = claimants.flatMap(t -> t.spellingsIn(claim).stream().findFirst()
                .flatMap(spelling -> termOf(t, spelling))
                .map(term -> new LinkView(term.name(), base.pathTo(term.sitePath())))).orElse(null);
        List<LinkView> authorLinks = authors.map(t -> t.spellingsIn(claim).stream()
                .flatMap(spelling -> termOf(t, spelling).stream().map(term -> new LinkView(spelling,
                        base.pathTo(term.sitePath())))).toList()).orElse(List.of());
        List<String> languages = claim.related().stream()
                .map(r -> r.answeredBy().flatMap(editions::claim).map(Claim::language).orElse(null)).toList();
        List<TermListView> otherTerms = new ArrayList<>();
        for (Taxonomy taxonomy : archive.taxonomies()) {
            if (BUILT_IN_LINKS.contains(taxonomy.name())) {
                continue;
            }
            List<LinkView> links = taxonomy.spellingsIn(claim).stream()
                    .flatMap(spelling -> termOf(taxonomy, spelling).stream())
                    .distinct()
                    .map(term -> new LinkView(term.name(), base.pathTo(term.sitePath())))
                    .toList();
            if (!links.isEmpty()) {
                otherTerms.add(new TermListView(messages(claim.language()).get("taxonomy." + taxonomy.name()
                        + ".heading"), links));
            }
        }
        return new ClaimContext(verdictCounts.getOrDefault(claim.verdict().key(), 0), tagViews, claimant, authorLinks,
                languages, otherTerms);
    }

    /** The term a claim spells so, by the taxonomy's slug and aliases; looked up once per spelling. */
    public Optional<Term> termOf(Taxonomy taxonomy, String spelling) {
        return termsBySpelling.computeIfAbsent(taxonomy.name() + "\n" + spelling, k -> taxonomy.termOf(spelling));
    }

    private static String status(Claim claim) {
        return claim.status() == PublicationStatus.PUBLISHED ? null : claim.status().name().toLowerCase(Locale.ROOT);
    }

    private ClaimView buildClaim(Claim claim, ClaimContext context, String bodyHtml) {
        String lang = claim.language();
        List<RelatedView> related = new ArrayList<>();
        for (int i = 0; i < claim.related().size(); i++) {
            related.add(related(claim.related().get(i), context.answerLanguages().get(i), lang));
        }
        return new ClaimView(claim.slug(), base.pathTo(claim.sitePath()), claim.title(), claim.claim(),
                verdict(claim.verdict(), context.verdictCount(), lang), formatDate(claim.checked(), lang),
                claim.checked().toString(), claim.updated().map(d -> formatDate(d, lang)).orElse(null),
                claim.updated().map(LocalDate::toString).orElse(null), claim.claimantName().orElse(null),
                claim.claimantUrl().orElse(null), context.claimant() == null ? null : context.claimant().url(),
                claim.appearances(), claim.authors(), context.authors(), context.tags(), lang,
                claim.summaryHtml().orElse(null), claim.summaryListHtml().orElse(null), bodyHtml,
                claim.image().map(i -> image(i, base.pathTo(claim.sitePath()))).orElse(null),
                claim.media().map(m -> media(m, lang)).orElse(null),
                claim.sources().stream().map(s -> source(s, lang)).toList(), related,
                claim.corrections().stream().map(c -> new CorrectionView(formatDate(c.date(), lang),
                        c.date().toString(), c.note(), claim.title(), base.pathTo(claim.sitePath()))).toList(),
                claim.extra(), status(claim), status(claim) == null ? null : messages(lang).get("status." + status(claim)),
                context.otherTerms());
    }

    /** The media a check is about, in the page's language. */
    private MediaView media(ReviewedMedia media, String lang) {
        Map<String, String> t = messages(lang);
        String rating = "media.rating." + media.rating().key();
        return new MediaView(t.get("media.kind." + media.kind().key()), t.get(rating), media.rating().key(),
                t.get(rating + ".description"), media.url(), media.original().orElse(null));
    }

    /** A claim's image as its page shows it: from the page's folder, with its size and smaller copies when known. */
    private static ImageView image(ClaimImage image, String pagePath) {
        if (!image.isLocal()) {
            return new ImageView(image.src(), image.alt(), null, null, null, null);
        }
        Integer width = image.file().flatMap(Resource::pixels).map(PixelSize::width).orElse(null);
        Integer height = image.file().flatMap(Resource::pixels).map(PixelSize::height).orElse(null);
        String srcset = image.file().map(file -> file.srcset(pagePath)).filter(s -> !s.isEmpty()).orElse(null);
        return new ImageView(pagePath + image.src(), image.alt(), width, height, srcset,
                srcset == null ? null : Resource.SIZES);
    }

    public VerdictView verdict(Verdict verdict, String lang) {
        return verdict(verdict, verdictCounts.getOrDefault(verdict.key(), 0), lang);
    }

    private VerdictView verdict(Verdict verdict, int count, String lang) {
        Map<String, String> t = messages(lang);
        String label = verdict.label().in(lang).orElse(t.getOrDefault("verdict." + verdict.key(), verdict.key()));
        String description = verdict.description().in(lang)
                .orElse(t.getOrDefault("verdict." + verdict.key() + ".description", ""));
        return new VerdictView(verdict.key(), label, description, verdict.color(), verdict.icon(),
                verdict.rating().isPresent() ? verdict.rating().getAsInt() : null,
                base.pathTo(SiteLayout.verdict(verdict.key())), count);
    }

    public TagView term(Taxonomy taxonomy, Term term) {
        return new TagView(term.name(), term.slug(), base.pathTo(term.sitePath()), term.claims().size(),
                taxonomy.config().feed() ? base.pathTo(SiteLayout.feedOf(term.sitePath())) : null);
    }

    /** How {@code claims} were rated, in the scale's order, for a page in {@code lang}. */
    public DistributionView distribution(List<Claim> claims, String lang) {
        Map<String, Integer> counts = new HashMap<>();
        claims.forEach(c -> counts.merge(c.verdict().key(), 1, Integer::sum));
        List<DistributionView.Entry> entries = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        int start = 0;
        for (Verdict verdict : archive.site().verdicts().verdicts()) {
            Integer count = counts.get(verdict.key());
            if (count != null) {
                VerdictView view = verdict(verdict, lang);
                entries.add(new DistributionView.Entry(view, count, start));
                start += count;
                label.append(label.length() == 0 ? "" : ", ").append(view.label()).append(": ").append(count);
            }
        }
        // One message for one claim where the language has a singular (English), the other for any count.
        Map<String, String> t = messages(lang);
        String total = (claims.size() == 1 ? t.getOrDefault("distribution.total.one", t.get("distribution.total"))
                : t.get("distribution.total")).replace("{0}", Integer.toString(claims.size()));
        label.append(" (").append(total).append(')');
        return new DistributionView(claims.size(), total, entries, label.toString());
    }

    public QuestionView question(Question question, String pageLanguage) {
        Optional<Claim> answer = question.answer();
        return new QuestionView(question.text(),
                answer.map(c -> new LinkView(c.title(), editions.editionOf(c).site().baseUrl().pathTo(c.sitePath())))
                        .orElse(null),
                answer.map(Claim::language).filter(l -> !l.equals(pageLanguage)).orElse(null),
                question.raisedBy().stream().map(c -> new LinkView(c.title(), base.pathTo(c.sitePath()))).toList());
    }

    public CorrectionView correction(Archive.CorrectedClaim corrected, String lang) {
        return new CorrectionView(formatDate(corrected.correction().date(), lang),
                corrected.correction().date().toString(), corrected.correction().note(), corrected.claim().title(),
                base.pathTo(corrected.claim().sitePath()));
    }

    private RelatedView related(RelatedQuestion related, String answerLanguage, String pageLanguage) {
        // The answer's language is known exactly when its claim is published: only then is there a link.
        return new RelatedView(related.question(), answerLanguage == null ? null
                : related.answeredBy().flatMap(ref -> editions.edition(ref.edition())
                        .map(edition -> edition.site().baseUrl().pathTo(SiteLayout.claim(ref.slug())))).orElse(null),
                answerLanguage == null || answerLanguage.equals(pageLanguage) ? null : answerLanguage);
    }

    private SourceView source(Source source, String lang) {
        return new SourceView(source.id(), source.number().orElse(null), source.anchor(), source.title(),
                source.url().orElse(null), source.publisher().orElse(null),
                source.date().map(d -> formatDate(d, lang)).orElse(null),
                source.date().map(LocalDate::toString).orElse(null), source.archived().orElse(null),
                CitationState.citationAnchors(source.id(), source.citations()));
    }

    public List<ClaimView> claims(List<Claim> claims) {
        return claims.stream().map(this::claim).toList();
    }

    /** A date in the page's language, by the theme's {@code date.format} pattern for that language. */
    public String formatDate(LocalDate date, String lang) {
        return dateFormats.computeIfAbsent(lang, l -> DateTimeFormatter.ofPattern(
                messages(l).getOrDefault("date.format", "d MMMM uuuu"), Locale.forLanguageTag(l))).format(date);
    }

    /**
     * The theme's messages in {@code language}, with a heading for every taxonomy the theme has none for (its
     * {@code label} in site.yaml, else its name).
     */
    public Map<String, String> messages(String language) {
        return messagesByLanguage.computeIfAbsent(language, l -> {
            Map<String, String> t = theme.messages(l, archive.site().language());
            Map<String, String> missing = new LinkedHashMap<>();
            for (Taxonomy taxonomy : archive.taxonomies()) {
                String key = "taxonomy." + taxonomy.name() + ".heading";
                if (!t.containsKey(key)) {
                    missing.put(key, taxonomy.config().label().in(l).orElse(taxonomy.name()));
                }
                if (!t.containsKey("taxonomy." + taxonomy.name() + ".term")) {
                    missing.put("taxonomy." + taxonomy.name() + ".term", missing.getOrDefault(key, t.get(key)) + ": {0}");
                }
            }
            if (missing.isEmpty()) {
                return t;
            }
            Map<String, String> all = new TreeMap<>(t);
            all.putAll(missing);
            return Collections.unmodifiableMap(all);
        });
    }
}
