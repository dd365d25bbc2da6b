package org.factsite.validate;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.site.FactSite;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of mistake an author can make: the exact place and wording of the message. */
class ValidationErrorsTest {

    @TempDir
    Path dir;

    private List<String> errorsOf(String spec) {
        return TestArchive.of(dir, spec).buildWithErrors();
    }

    private static void assertReported(List<String> diagnostics, String expectedStart) {
        assertTrue(diagnostics.stream().anyMatch(d -> d.startsWith(expectedStart)),
                () -> "expected a diagnostic starting with\n  " + expectedStart + "\ngot\n  "
                        + String.join("\n  ", diagnostics));
    }

    @Test
    void everySourceWithoutAnArchivedCopyIsReportedWhenTheSiteRequiresThem() {
        List<String> errors = errorsOf("-- content/site.yaml --\n" + TestArchive.SITE_YAML + "requireArchived: true\n"
                + "-- content/claims/a.md --\n" + claim("Is it?", "sources:\n"
                        + "  - id: 1\n    title: One\n    url: https://one.example/\n"
                        + "  - id: 2\n    title: Two\n    url: https://two.example/\n    archived: https://web.archive.org/web/2025/https://two.example/\n"
                        + "  - id: 3\n    title: Three\n    url: https://three.example/\n", "[1] [2] [3]\n"));
        assertEquals(List.of("content/claims/a.md:7: error: source 1 has no archived copy; site.yaml asks one of every "
                + "source (`requireArchived: true`): save the page in a web archive (Wayback Machine, archive.today, "
                + "Perma.cc) and add its address as `archived:`",
                "content/claims/a.md:14: error: source 3 has no archived copy; site.yaml asks one of every "
                + "source (`requireArchived: true`): save the page in a web archive (Wayback Machine, archive.today, "
                + "Perma.cc) and add its address as `archived:`"), errors);
    }

    @Test
    void missingOpeningFence() {
        assertReported(errorsOf("-- content/claims/a.md --\ntitle: Is it?\n"),
                "content/claims/a.md:1: error: the file must start with a `---` line");
    }

    @Test
    void unclosedFrontMatter() {
        assertReported(errorsOf("-- content/claims/a.md --\n---\ntitle: Is it?\nclaim: x\n\nBody\n"),
                "content/claims/a.md:1: error: the front matter opened by `---` on line 1 is never closed");
    }

    @Test
    void yamlSyntaxErrorIsReportedAtTheFileLine() {
        List<String> errors = errorsOf("-- content/claims/a.md --\n---\ntitle: Is it?\nclaim: \"unterminated\n"
                + "verdict: false\n---\nBody\n");
        assertEquals(List.of("content/claims/a.md:3: error: the text in quotes that starts on this line is never "
                + "closed; add the closing \" at its end (a \" inside the text is written \\\")"), errors);
    }

    /** YAML's syntax errors in an editor's words, at the line to change: one test per common mistake. */
    @Test
    void yamlMistakesAreExplainedInPlainWords() {
        String[][] cases = {
            {"title: Is it?\n\tclaim: x\n", "3: error: this line holds a tab character; YAML indents with spaces "
                    + "only: replace the tab with spaces"},
            {"title: Is it?\nclaim: 'it isn''t\nverdict: false\n", "3: error: the text in quotes that starts on this "
                    + "line is never closed; add the closing ' at its end (a ' inside the text is written '')"},
            {"title: Is it?\n  claim: x\nverdict: false\n", "3: error: this line is indented more than the field "
                    + "above it; start its name where the other fields' names start (spaces only)"},
            {"title: Is it: really?\n", "2: error: the value holds `: `, which YAML reads as the start of another "
                    + "field; put the whole value in quotes, e.g. `title: \"Is it: really?\"`"},
            {"sources:\n  - id: 1\n    title: a\n   url: https://a.example/\n", "5: error: this line is indented "
                    + "differently from the lines it belongs with; start it where the other fields of the same item "
                    + "start (spaces only)"},
            {"title: Is it?\nclaim x\nverdict: false\n", "3: error: this line has no `: ` after the field's name; "
                    + "write `name: value` (text that goes on from the line above must be indented under it)"},
            {"tags: [a, b\nverdict: false\n", "2: error: the list opened with [ on this line is not closed where "
                    + "expected; end it with ], and put quotes around an item that contains `,` or `: `"},
            {"title: \"Is it\" really?\n", "2: error: the value starts with a quote or a bracket and goes on after "
                    + "it closes; put the whole value in quotes, e.g. `title: \"\\\"Is it\\\" really?\"`"},
            {"title: @handle said it\n", "2: error: a value cannot start with `@`; put the whole value in quotes, "
                    + "e.g. `title: \"@handle said it\"`"},
        };
        for (String[] c : cases) {
            Path folder = dir.resolve("case" + Math.abs(c[0].hashCode()));
            List<String> errors = TestArchive.of(folder, "-- content/claims/a.md --\n---\n" + c[0] + "---\nBody\n")
                    .buildWithErrors();
            assertEquals(List.of("content/claims/a.md:" + c[1]), errors, c[0]);
        }
    }

    @Test
    void listWhereTextBelongs() {
        assertReported(errorsOf("-- content/claims/a.md --\n---\ntitle: [Is it, really]\nclaim: x\nverdict: false\n"
                + "checked: 2025-10-09\n---\n"),
                "content/claims/a.md:2: error: `title` must be text, not a list");
    }

    @Test
    void duplicateKey() {
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("Is it?", "title: Again?\n", "")),
                "content/claims/a.md:6: error: the key `title` appears twice (first on line 2); keep one of them");
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("Is it?", "sauces: []\n", "")),
                "content/claims/a.md:6: error: unknown field `sauces` (did you mean `sources`?)");
    }

    /** The new desk's typo: one mistake, one error, which names the fix (not "missing `verdict`", inviting a second). */
    @Test
    void aMisspeltRequiredFieldIsOneErrorThatSaysToRenameIt() {
        List<String> errors = errorsOf("-- content/claims/a.md --\n---\ntitle: Is it?\nclaim: x\nverdit: false\n"
                + "checked: 2025-10-09\n---\nBody\n");
        assertEquals(List.of("content/claims/a.md:4: error: unknown field `verdit` (did you mean `verdict`?); rename it "
                + "to `verdict`"), errors);
    }

    /** A related question a word away from a check's title would silently show as "not yet checked". */
    @Test
    void aRelatedQuestionCloseToACheckTitleIsAWarningThatNamesIt() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/wall.md --\n"
                + claim("Is the Great Wall visible from space?", "", "")
                + "-- content/claims/cau.md --\n" + claim("Cầu mới có vốn vay không?", "", "")
                + "-- content/claims/a.md --\n" + claim("Is it?", "related:\n"
                        + "  - Is the Great Wall visible from the space?\n"
                        + "  - Is the Great Wall visible from orbit?\n"
                        + "  - Cau moi co von vay khong?\n"
                        + "  - Is the Great Wall visible from space?\n"
                        + "  - Is Everest the tallest mountain on Earth?\n"
                        + "  - Is the Wall visible?\n", "")).build();
        String tail = "; if it means that check, write its title as it is and it will link there";
        assertEquals(List.of(
                "content/claims/a.md:7: warning: related question \"Is the Great Wall visible from the space?\" is not "
                        + "the title of any check, but close to \"Is the Great Wall visible from space?\" (wall.md)" + tail,
                "content/claims/a.md:8: warning: related question \"Is the Great Wall visible from orbit?\" is not the "
                        + "title of any check, but close to \"Is the Great Wall visible from space?\" (wall.md)" + tail,
                "content/claims/a.md:9: warning: related question \"Cau moi co von vay khong?\" is not the title of any "
                        + "check, but close to \"Cầu mới có vốn vay không?\" (cau.md)" + tail),
                archive.warnings());
    }

    @Test
    void missingRequiredFieldsAreReportedAtTheFrontMatterStart() {
        List<String> errors = errorsOf("-- content/claims/a.md --\n---\ntitle: Is it?\n---\nBody\n");
        assertReported(errors, "content/claims/a.md:1: error: missing required field `claim`");
        assertReported(errors, "content/claims/a.md:1: error: missing required field `verdict`");
        assertReported(errors, "content/claims/a.md:1: error: missing required field `checked`");
    }

    @Test
    void emptyTitle() {
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("\"\"", "", "")),
                "content/claims/a.md:2: error: `title` is empty");
    }

    @Test
    void unknownVerdictListsTheScale() {
        String file = "---\ntitle: Is it?\nclaim: x\nverdict: fasle\nchecked: 2025-10-09\n---\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + file),
                "content/claims/a.md:4: error: unknown verdict `fasle` (did you mean `false`?); use one of: true, "
                        + "mostly-true, mixed, mostly-false, false, unsupported");
    }

    @Test
    void impossibleDate() {
        String file = "---\ntitle: Is it?\nclaim: x\nverdict: false\nchecked: 2025-02-30\n---\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + file),
                "content/claims/a.md:5: error: `checked`: 2025-02-30 is not a real date");
    }

    @Test
    void dateInAnotherFormat() {
        String file = "---\ntitle: Is it?\nclaim: x\nverdict: false\nchecked: 9 Oct 2025\n---\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + file),
                "content/claims/a.md:5: error: `checked` must be a date written YYYY-MM-DD");
    }

    @Test
    void scriptAddressIsNotAWebAddress() {
        assertReported(errorsOf("-- content/claims/a.md --\n"
                        + claim("Is it?", "appearances:\n  - javascript:alert(1)\n", "")),
                "content/claims/a.md:6: error: in `appearances`: `javascript:alert(1)` is not a web address");
    }

    @Test
    void slugThatWouldLeaveTheOutputFolder() {
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("Is it?", "slug: ../../etc\n", "")),
                "content/claims/a.md:6: error: `slug` may hold only a-z, 0-9 and single hyphens");
    }

    @Test
    void citationOfAMissingSource() {
        String sources = "sources:\n  - id: 1\n    title: One\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("Is it?", sources, "Text [1].\n\nMore [7].\n")),
                "content/claims/a.md:12: error: citation [7] names no source; add a source with `id: 7`");
    }

    @Test
    void duplicateSourceIds() {
        String sources = "sources:\n  - id: 1\n    title: One\n  - id: 1\n    title: Other\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("Is it?", sources, "Text [1].\n")),
                "content/claims/a.md:9: error: two sources have id `1` (the first on line 7)");
    }

    @Test
    void uncitedSourceIsAWarningOnly() {
        String sources = "sources:\n  - id: 1\n    title: One\n  - id: 2\n    title: Two\n";
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("Is it?", sources, "Text [1].\n"))
                .build();
        assertEquals(List.of("content/claims/a.md:9: warning: source 2 is never cited; cite it in the text as [2] "
                + "or remove it"), archive.warnings());
    }

    @Test
    void emptyFile() {
        assertReported(errorsOf("-- content/claims/a.md --\n"),
                "content/claims/a.md: error: the file is empty");
    }

    @Test
    void invalidUtf8IsReportedWithItsLine() {
        TestArchive archive = TestArchive.of(dir, "");
        byte[] start = claim("Is it?", "", "Line one\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 3];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = 'x';
        bytes[start.length + 1] = (byte) 0xC3; // a lead byte without its continuation
        bytes[start.length + 2] = '\n';
        archive.writeBytes("content/claims/a.md", bytes);
        assertReported(archive.buildWithErrors(), "content/claims/a.md:8: error: the file is not valid UTF-8");
    }

    @Test
    void twoFilesWithTheSameAddress() {
        assertReported(errorsOf("-- content/claims/a.md --\n" + claim("One?", "slug: same\n", "")
                        + "-- content/claims/b.md --\n" + claim("Two?", "slug: same\n", "")),
                "content/claims/b.md:6: error: this claim's page address `claims/same/` is already taken by a.md");
    }

    @Test
    void siteConfigProblemsNameSiteYaml() {
        List<String> errors = errorsOf("-- content/site.yaml --\nbaseUrl: ftp://example.org/\nlanguag: vi\n");
        assertReported(errors, "content/site.yaml:1: error: missing required field `title`");
        assertReported(errors, "content/site.yaml:1: error: `baseUrl` must be an absolute http(s) address");
        assertReported(errors, "content/site.yaml:2: error: unknown field `languag` (did you mean `language`?)");
    }

    @Test
    void customYamlTagIsRejectedWithoutConstructingAnything() {
        String file = "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://127.0.0.1:1/\"]]]]\nclaim: x\nverdict: false\nchecked: 2025-10-09\n---\n";
        assertReported(errorsOf("-- content/claims/a.md --\n" + file),
                "content/claims/a.md:2: error: the YAML tag `tag:yaml.org,2002:javax.script.ScriptEngineManager` "
                        + "is not allowed");
    }

    @Test
    void everyErrorOfEveryFileInOneRunAndNothingWritten() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "colour: red\n", "")
                + "-- content/claims/b.md --\n---\ntitle: B?\n---\n");
        try {
            FactSite.build(archive.request());
        } catch (ContentErrorsException e) {
            assertEquals(4, e.errors().size(), e::report);
            assertTrue(e.getMessage().startsWith("FactSite found 4 errors in 2 files"), e.getMessage());
            assertFalse(e.report().contains("Exception"), "no stack trace or exception names for authors");
            assertFalse(Files.exists(archive.site()), "nothing may be written when the archive has errors");
            return;
        }
        throw new AssertionError("expected errors");
    }

    @Test
    void parseAndArchiveProblemsOfOneFileComeTogether() {
        String file = "---\ntitle: Is it?\nclaim: x\nverdict: ture\nchecked: 2025-13-01\n---\nCites [4].\n";
        List<String> errors = errorsOf("-- content/claims/a.md --\n" + file);
        assertEquals(3, errors.size(), errors::toString);
        assertReported(errors, "content/claims/a.md:4: error: unknown verdict `ture` (did you mean `true`?)");
        assertReported(errors, "content/claims/a.md:5: error: `checked`: 2025-13-01 is not a real date");
        assertReported(errors, "content/claims/a.md:7: error: citation [4] names no source");
    }

    @Test
    void sourceDatedAfterTheCheckIsAWarning() {
        String sources = "sources:\n  - id: 1\n    title: One\n    date: 2025-11-01\n";
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("Is it?", sources, "Text [1].\n"))
                .build();
        assertEquals(List.of("content/claims/a.md:7: warning: source 1 is dated 2025-11-01, after the check "
                + "(2025-10-09); check the date, or set `updated:` if the check was revised with it"), archive.warnings());
    }
}
