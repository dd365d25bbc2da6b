package org.factsite.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.ClaimParser;
import org.factsite.parse.PageDraft;
import org.factsite.parse.PageParser;
import org.factsite.parse.SiteConfigParser;
import org.factsite.parse.YamlReader;
import org.factsite.search.TextAnalysis;
import org.factsite.validate.ArchiveValidator;
import org.factsite.validate.CheckWork;
import org.factsite.validate.PublishingRule;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing (Jazzer) of what authors write: a claim file (front matter, Markdown, citations, and
 * the validation of that claim), {@code site.yaml}, a plain page, and the search's text analysis. Every input
 * must end in a result or in diagnostics written for an author: an exception, a message with a stack trace, a
 * hang over a second, or HTML that could run script is a finding.
 *
 * <p>{@code mvn verify} replays the committed inputs ({@code src/test/resources/org/factsite/fuzz/
 * ParserFuzzTestInputs/<target>/}: seeds and every finding, kept as a regression test); {@code benchmark/fuzz.sh}
 * fuzzes each target for a set time ({@code JAZZER_FUZZ=1}).
 */
class ParserFuzzTest {

    private static final Duration HANG = Duration.ofSeconds(1);
    private static final Path SITE_FILE = Path.of("content/site.yaml");
    private static final String SITE_YAML = """
            title: Fuzz Desk
            baseUrl: https://desk.example/archive/
            languages:
              en: {}
              vi: {}
            """;
    private static final YamlReader YAML = new YamlReader(1024 * 1024);
    private static final MarkdownEngine MARKDOWN = new MarkdownEngine(false);
    private static final SiteConfig SITE = new SiteConfigParser(YAML)
            .parse(new ContentFile(SITE_FILE, SITE_YAML), Optional.empty(), new Diagnostics()).orElseThrow();
    private static final ClaimParser CLAIMS = new ClaimParser(YAML, MARKDOWN, SITE.baseUrl(), true, SITE.languages());
    private static final PageParser PAGES = new PageParser(YAML, MARKDOWN, SITE.languages());
    private static final TextAnalysis ANALYSIS = new TextAnalysis();
    private static final PublishingRule RULE = new PublishingRule(false, false, LocalDate.of(2026, 12, 1));

    /**
     * Each target once, untimed, before any timed input: loading the parsers' classes takes longer than a second
     * on a busy machine, and that is not a hang of the input's making.
     */
    static {
        byte[] claim = ("---\ntitle: Warm?\nclaim: It is.\nverdict: false\nchecked: 2025-01-01\nsummary: No [1].\n"
                + "sources:\n  - {id: 1, title: A source, url: \"https://s.example/\"}\n---\nText [1] *and* a [link](/x).\n")
                .getBytes(StandardCharsets.UTF_8);
        claim(claim);
        site(SITE_YAML.getBytes(StandardCharsets.UTF_8));
        page("---\ntitle: Warm\n---\nText.\n".getBytes(StandardCharsets.UTF_8));
        analysis("Warm words, ấm áp.".getBytes(StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "30s")
    void claimFile(byte[] input) {
        withinASecond(() -> claim(input));
    }

    @FuzzTest(maxDuration = "30s")
    void siteYaml(byte[] input) {
        withinASecond(() -> site(input));
    }

    @FuzzTest(maxDuration = "30s")
    void plainPage(byte[] input) {
        withinASecond(() -> page(input));
    }

    @FuzzTest(maxDuration = "30s")
    void searchAnalysis(byte[] input) {
        withinASecond(() -> analysis(input));
    }

    /** Parses a claim file and validates it as the archive's only claim. */
    private static void claim(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<ClaimDraft> draft = CLAIMS.parse(new ContentFile(Path.of("content/claims/fuzz.md"), text), List.of(),
                diagnostics);
        Optional<Editions> editions = new ArchiveValidator(RULE, CheckWork.NONE).validate(SITE, SITE_FILE, draft.stream().toList(),
                List.of(), diagnostics);
        forAuthors(diagnostics, text);
        if (!diagnostics.hasErrors()) {
            for (Claim claim : editions.orElseThrow().all().stream().flatMap(a -> a.claims().stream()).toList()) {
                harmless(claim.bodyHtml().text());
                claim.summaryHtml().ifPresent(ParserFuzzTest::harmless);
            }
        }
    }

    private static void site(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String text = new String(input, StandardCharsets.UTF_8);
        new SiteConfigParser(YAML).parse(new ContentFile(SITE_FILE, text), Optional.empty(), diagnostics);
        forAuthors(diagnostics, text);
    }

    private static void page(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<PageDraft> page = PAGES.parse(new ContentFile(Path.of("content/pages/fuzz.md"), text), diagnostics);
        forAuthors(diagnostics, text);
        page.ifPresent(p -> harmless(p.bodyHtml()));
    }

    /** Every term of a text (as a document or a query is analysed) is a word, and has a shard to live in. */
    private static void analysis(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (String language : List.of("en", "vi")) {
            for (String term : ANALYSIS.terms(text, language)) {
                if (term.isEmpty() || term.chars().anyMatch(Character::isWhitespace)) {
                    throw new AssertionError("term `" + term + "` of `" + text + "` in " + language);
                }
                if (ANALYSIS.shardKey(term).isEmpty()) {
                    throw new AssertionError("no shard for term `" + term + "`");
                }
            }
        }
    }

    private static void withinASecond(Runnable work) {
        assertTimeoutPreemptively(HANG, work::run, "a hang: the input took more than a second");
    }

    /** A Java exception's class name, as a stack trace or a careless message shows it. */
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b\\w*Exception\\b|\\b[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+\\.[A-Z]\\w*Error\\b|\\tat [a-z]");

    /**
     * A diagnostic is for an author: a message, never an exception's class name or a stack trace, unless the
     * author wrote it (messages quote what they point at, and the fuzzer learns to type "Exception").
     */
    private static void forAuthors(Diagnostics diagnostics, String input) {
        for (Diagnostic d : diagnostics.sorted()) {
            String message = d.message();
            Matcher found = EXCEPTION.matcher(message);
            while (found.find()) {
                if (!input.contains(found.group())) {
                    throw new AssertionError("not a message for an author: " + message);
                }
            }
            if (message.isBlank()) {
                throw new AssertionError("an empty message");
            }
        }
    }

    /** Markdown without {@code rawHtml} never gives markup that runs script or loads what the page did not name. */
    private static void harmless(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.is("script, style, iframe, object, embed, base, form, meta, link")) {
                throw new AssertionError("<" + element.tagName() + "> in " + html);
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (attribute.getKey().startsWith("on") || attribute.getKey().equals("style")
                        || value.startsWith("javascript:") || value.startsWith("data:text")) {
                    throw new AssertionError(attribute + " in " + html);
                }
            }
        }
    }
}
