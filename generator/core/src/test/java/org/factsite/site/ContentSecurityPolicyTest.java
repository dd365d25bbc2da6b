package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.factsite.testing.Fixtures;
import org.factsite.testing.TestArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page declares a Content-Security-Policy before anything it governs, and carries nothing a strict policy
 * refuses: no inline style, no inline script but JSON-LD, no event handler. A desk's own policy replaces the
 * theme's everywhere; a policy that is not one is an error at its line. The browser gates (conformance) load
 * the pages and fail on any violation the browser reports.
 */
class ContentSecurityPolicyTest {

    static final String THEME_POLICY = "default-src 'self'; img-src 'self' https:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'";

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheSampleArchiveDeclaresThePolicyAndNeedsNoInlineStyleOrScript() throws Exception {
        Path site = dir.resolve("site");
        FactSite.build(Fixtures.build(Fixtures.SAMPLE, site, "https://desk.example/archive/"));
        List<String> problems = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                pages++;
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                String name = site.relativize(file).toString();
                Element first = page.head().child(0).nextElementSibling();
                if (first == null || !first.is("meta[http-equiv=Content-Security-Policy]")) {
                    problems.add(name + ": the policy is not the head's first element after the charset");
                } else if (!first.attr("content").equals(THEME_POLICY)) {
                    problems.add(name + ": policy " + first.attr("content"));
                }
                for (Element element : page.getAllElements()) {
                    if (element.hasAttr("style")) {
                        problems.add(name + ": inline style on " + element.cssSelector());
                    }
                    for (Attribute attribute : element.attributes()) {
                        if (attribute.getKey().startsWith("on")) {
                            problems.add(name + ": event handler " + attribute.getKey());
                        }
                    }
                    if (element.is("script:not([src])") && !element.attr("type").equals("application/ld+json")) {
                        problems.add(name + ": inline script");
                    }
                    if (element.is("style")) {
                        problems.add(name + ": <style> element");
                    }
                }
            }
        }
        assertTrue(pages > 50, pages + " pages");
        assertEquals(List.of(), problems);
        String colors = Files.readString(site.resolve("assets/verdict-colors.css"));
        assertTrue(colors.contains(".verdict--false { --verdict-color: #b42318; }"), colors);
        Document claim = Jsoup.parse(site.resolve("claims/great-wall-visible-from-space/index.html").toFile(), "UTF-8");
        assertTrue(claim.selectFirst(".verdict .verdict-badge").hasClass("verdict--false"));
        assertEquals(1, claim.select("link[rel=stylesheet][href=/archive/assets/verdict-colors.css]").size());
    }

    @Test
    void aDesksOwnPolicyReplacesTheThemesOnEveryPage() {
        String policy = "default-src 'self'; img-src 'self' https:; script-src 'self' https://stats.desk.example; "
                + "connect-src 'self' https://stats.desk.example";
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "contentSecurityPolicy: \"" + policy + "\"\n"
                + "verdicts:\n  - {key: wrong, label: Wrong, color: '#aa0000'}\n  - {key: right, label: Right, color: '#00aa00'}\n"
                + "-- content/claims/a.md --\n" + claim("A?", "", "").replace("verdict: false", "verdict: wrong"))
                .build();
        for (String page : List.of("index.html", "claims/a/index.html", "claims/a/embed/index.html", "404.html",
                "search/index.html", "verdicts/wrong/index.html")) {
            assertEquals(policy, archive.html(page).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"),
                    page);
        }
        assertEquals("/* The verdicts' colours from site.yaml, written by the build. */\n"
                + ".verdict--wrong { --verdict-color: #aa0000; }\n.verdict--right { --verdict-color: #00aa00; }\n",
                archive.file("assets/verdict-colors.css"), "a desk's own scale");
        assertTrue(archive.html("claims/a/index.html").selectFirst(".verdict-badge").hasClass("verdict--wrong"));
    }

    @Test
    void aPolicyThatIsNotOneIsAnErrorAtItsLine() {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "contentSecurityPolicy: \"default-src 'self'\\\"><script>alert(1)</script>\"\n"
                + "-- content/claims/a.md --\n" + claim("A?", "", ""));
        List<String> errors = archive.buildWithErrors();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("content/site.yaml:3: error: `contentSecurityPolicy` is a list of "
                + "directives separated by `;`"), errors.get(0));
    }

    @Test
    void theDistributionBarIsDrawnWithoutStyles() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "tags: [x]\n", "")
                + "-- content/claims/b.md --\n" + claim("B?", "tags: [x]\n", "").replace("verdict: false", "verdict: true")
                + "-- content/claims/c.md --\n" + claim("C?", "tags: [x]\n", ""))
                .build();
        Element bar = archive.html("tags/x/index.html").selectFirst("svg.distribution-bar");
        assertEquals("0 0 3 1", bar.attr("viewBox"));
        assertEquals(List.of("0:1", "1:2"), bar.select("rect").stream().map(r -> r.attr("x") + ":" + r.attr("width")).toList(),
                "true then false, in the scale's order, side by side");
        assertTrue(Jsoup.parse(archive.file("tags/x/index.html")).select("[style]").isEmpty());
    }

    /**
     * With {@code rawHtml: true}, raw HTML with an inline style or script is a warning at its line under the
     * theme's policy (browsers will ignore it), and none under a desk's own policy, which may allow it.
     */
    @Test
    void rawHtmlThatThePolicyRefusesIsAWarning() {
        String article = "Plain text.\n\nA <span style=\"color: red\">red</span> word.\n\n<div>a box</div>\n";
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML + "rawHtml: true\n"
                + "-- content/claims/a.md --\n" + claim("A?", "", article)).build();
        assertEquals(List.of("content/claims/a.md:9: warning: raw HTML (`<span style=\"color: red\">`) has an inline "
                + "style or script, which the pages' Content-Security-Policy refuses, so readers' browsers ignore it; "
                + "move styles into the theme's stylesheet and scripts into a file under static/, or set "
                + "`contentSecurityPolicy` in site.yaml to a policy that allows them"), archive.warnings());

        archive.write("content/site.yaml", TestArchive.SITE_YAML + "rawHtml: true\n"
                + "contentSecurityPolicy: \"default-src 'self'; style-src 'self' 'unsafe-inline'\"\n").build();
        assertEquals(List.of(), archive.warnings(), "a desk's own policy may allow inline styles");
    }
}
