package org.factsite.render;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.factsite.config.SiteConfig;
import org.factsite.config.Verdict;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.RelatedQuestion;
import org.factsite.model.Source;
import org.factsite.render.view.ClaimView;
import org.factsite.render.view.PageView;
import org.factsite.render.view.RelatedView;
import org.factsite.render.view.SiteView;
import org.factsite.render.view.SourceView;
import org.factsite.render.view.VerdictView;
import org.factsite.write.SiteOutput;

/**
 * Renders the archive's pages through the theme into a {@link SiteOutput}. Knows the site's URL layout
 * ({@code claims/<slug>/}) and turns model values into the plain views templates get.
 */
public final class SiteRenderer {

    private final Archive archive;
    private final Theme theme;
    private final Diagnostics diagnostics;
    private final TemplateEngine templates;
    private final JsonLd jsonLd = new JsonLd();
    private final Map<String, Map<String, String>> messagesByLanguage = new HashMap<>();

    public SiteRenderer(Archive archive, Theme theme, Diagnostics diagnostics) {
        this.archive = archive;
        this.theme = theme;
        this.diagnostics = diagnostics;
        this.templates = new TemplateEngine(theme, diagnostics);
        warnAboutMissingTranslations();
    }

    /** Writes every page and asset. Problems in templates are reported to the diagnostics. */
    public void renderAll(SiteOutput output) {
        for (Claim claim : archive.claims()) {
            renderClaim(claim, output);
        }
        renderHome(output);
        theme.assets().forEach((name, file) -> output.copyFile("assets/" + name, file));
    }

    private void renderClaim(Claim claim, SiteOutput output) {
        SiteConfig site = archive.site();
        ClaimView view = claimView(claim);
        String url = site.baseUrl().absolute(claim.sitePath());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page(claim.language(), claim.title(), claim.claim(), url, "article"));
        model.put("claim", view);
        model.put("claimReviewJson", jsonLd.write(ClaimReviewData.of(site, claim, view.verdict().label(), url)));
        templates.render("claim.ftlh", model).ifPresent(html -> output.writeText(claim.sitePath() + "index.html", html));
    }

    private void renderHome(SiteOutput output) {
        SiteConfig site = archive.site();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page(site.language(), site.title(), site.description().orElse(site.title()),
                site.baseUrl().absolute(""), "website"));
        model.put("claims", archive.claims().stream().map(this::claimView).toList());
        templates.render("home.ftlh", model).ifPresent(html -> output.writeText("index.html", html));
    }

    private PageView page(String language, String title, String description, String canonical, String ogType) {
        SiteConfig site = archive.site();
        SiteView siteView = new SiteView(site.title(), site.description().orElse(null), site.language(),
                site.baseUrl().pathTo(""), site.baseUrl().pathTo("assets/"), site.publisher().name(),
                site.publisher().url().orElse(null));
        return new PageView(language, title, description, canonical, ogType, messages(language), siteView);
    }

    ClaimView claimView(Claim claim) {
        String lang = claim.language();
        return new ClaimView(claim.slug(), archive.site().baseUrl().pathTo(claim.sitePath()), claim.title(),
                claim.claim(), verdictView(claim.verdict(), lang), formatDate(claim.checked(), lang),
                claim.checked().toString(), claim.updated().map(d -> formatDate(d, lang)).orElse(null),
                claim.updated().map(LocalDate::toString).orElse(null), claim.claimantName().orElse(null),
                claim.claimantUrl().orElse(null), claim.appearances(), claim.authors(), claim.tags(), lang,
                claim.summaryHtml().orElse(null), claim.bodyHtml(),
                claim.sources().stream().map(s -> sourceView(s, lang)).toList(),
                claim.related().stream().map(r -> relatedView(r, lang)).toList(),
                claim.extra());
    }

    private RelatedView relatedView(RelatedQuestion related, String pageLanguage) {
        Optional<Claim> answer = related.answeredBy().flatMap(archive::claim);
        return new RelatedView(related.question(),
                answer.map(c -> archive.site().baseUrl().pathTo(c.sitePath())).orElse(null),
                answer.map(Claim::language).filter(l -> !l.equals(pageLanguage)).orElse(null));
    }

    private VerdictView verdictView(Verdict verdict, String lang) {
        Map<String, String> t = messages(lang);
        String label = verdict.label().in(lang).orElse(t.getOrDefault("verdict." + verdict.key(), verdict.key()));
        String description = verdict.description().in(lang)
                .orElse(t.getOrDefault("verdict." + verdict.key() + ".description", ""));
        return new VerdictView(verdict.key(), label, description, verdict.color(), verdict.icon(),
                verdict.rating().isPresent() ? verdict.rating().getAsInt() : null);
    }

    private SourceView sourceView(Source source, String lang) {
        return new SourceView(source.id(), source.number().orElse(null), source.anchor(), source.title(),
                source.url().orElse(null), source.publisher().orElse(null),
                source.date().map(d -> formatDate(d, lang)).orElse(null),
                source.date().map(LocalDate::toString).orElse(null), source.archived().orElse(null),
                source.citations());
    }

    /** A date in the page's language, by the theme's {@code date.format} pattern for that language. */
    private String formatDate(LocalDate date, String lang) {
        String pattern = messages(lang).getOrDefault("date.format", "d MMMM uuuu");
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(lang)).format(date);
    }

    private Map<String, String> messages(String language) {
        return messagesByLanguage.computeIfAbsent(language, l -> theme.messages(l, archive.site().language()));
    }

    private void warnAboutMissingTranslations() {
        Set<String> languages = new TreeSet<>();
        languages.add(archive.site().language());
        Map<String, Path> firstFile = new HashMap<>();
        for (Claim claim : archive.claims()) {
            languages.add(claim.language());
            firstFile.putIfAbsent(claim.language(), claim.file());
        }
        for (String language : languages) {
            if (!theme.translates(language)) {
                Optional<Path> file = Optional.ofNullable(firstFile.get(language));
                diagnostics.warning(file.orElse(Path.of("site.yaml")), 0, "the theme has no translation for `"
                        + language + "` (i18n/" + language + ".properties); its labels appear in English");
            }
        }
    }

}
