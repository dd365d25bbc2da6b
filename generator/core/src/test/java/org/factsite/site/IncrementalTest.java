package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second build with nothing changed writes nothing; any change of input or output means a full build. */
class IncrementalTest {

    @TempDir
    Path dir;

    private static final String ARCHIVE = "-- content/claims/a.md --\n"
            + claim("A?", "sources:\n  - id: 1\n    title: One\n  - id: 2\n    title: Two\n", "Cites [1].\n");

    /** Every output file with its bytes and modification time. */
    private static Map<String, String> snapshot(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis() + ":"
                        + java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void nothingChangedMeansNothingWritten() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        assertFalse(archive.result().upToDate());
        // Older modification times, so that any rewrite would show.
        try (Stream<Path> walk = Files.walk(archive.site())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
            }
        }
        // The record lists the output as it was written: after touching it, one full build records it anew.
        archive.build();
        Map<String, String> before = snapshot(archive.site());
        archive.build();
        assertTrue(archive.result().upToDate());
        assertEquals(before, snapshot(archive.site()), "bytes and modification times unchanged");
        assertEquals(List.of("content/claims/a.md:9: warning: source 2 is never cited; cite it in the text as [2] or "
                + "remove it"), archive.warnings(), "the warnings are printed again");
    }

    @Test
    void anyChangedInputRebuilds() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        archive.write("content/claims/a.md", claim("A changed?", "", "Now.\n")).build();
        assertFalse(archive.result().upToDate());
        assertEquals("A changed?", archive.html("claims/a/index.html").selectFirst("h1").text());
        archive.build(archive.request().withDrafts(true));
        assertFalse(archive.result().upToDate(), "other options, other output");
        archive.write("theme/i18n/en.properties", "claim.verdict=Rated\n");
        archive.build(archive.request().withThemeDirectory(dir.resolve("theme")));
        assertFalse(archive.result().upToDate());
        archive.write("theme/i18n/en.properties", "claim.verdict=Rated again\n");
        archive.build(archive.request().withThemeDirectory(dir.resolve("theme")));
        assertFalse(archive.result().upToDate(), "a theme file changed");
        assertEquals("Rated again", archive.html("claims/a/index.html").selectFirst("#verdict-heading").text());
    }

    @Test
    void aTouchedOutputFolderIsRebuilt() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        Files.delete(archive.site().resolve("claims/a/index.html"));
        archive.build();
        assertFalse(archive.result().upToDate());
        assertTrue(Files.exists(archive.site().resolve("claims/a/index.html")));
    }

    @Test
    void aCorruptRecordIsIgnoredWithAWarning() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        Path record = dir.resolve("target/site.staging/last-build.txt");
        assertTrue(Files.exists(record));
        String header = Files.readAllLines(record).get(0); // this version's: the body is what is corrupt
        Files.writeString(record, header + "\nfingerprint\tabc\nnonsense\n");
        archive.build();
        assertFalse(archive.result().upToDate());
        assertTrue(archive.warnings().stream().anyMatch(w -> w.contains("cannot be read; it is ignored; the site is "
                + "built in full")), archive.warnings()::toString);
        archive.build();
        assertTrue(archive.result().upToDate(), "the full build wrote a good record");
    }

    @Test
    void outputIsTheSameWithTheRecordColdOrWarm(@TempDir Path other) throws Exception {
        TestArchive warm = TestArchive.of(dir, ARCHIVE).build();
        warm.write("content/claims/a.md", claim("A again?", "", "x\n")).build();
        TestArchive cold = TestArchive.of(other, "-- content/claims/a.md --\n" + claim("A again?", "", "x\n")).build();
        Map<String, String> a = PublishingTest.tree(warm.site());
        Map<String, String> b = PublishingTest.tree(cold.site());
        assertEquals(a, b);
        assertNotEquals(0, a.size());
    }

    @Test
    void anEditRewritesOnlyThePagesWhoseBytesChanged() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE + "-- content/claims/b.md --\n" + claim("B?", "", "Bee.\n"))
                .build();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(archive.site())) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        archive.write("content/claims/b.md", claim("B?", "", "Bee, edited.\n")).build();
        assertFalse(archive.result().upToDate());
        assertTrue(archive.result().filesUnchanged() > 5, "unchanged: " + archive.result().filesUnchanged());
        assertEquals(old, Files.getLastModifiedTime(archive.site().resolve("claims/a/index.html")),
                "another claim's page is kept as it was");
        assertEquals(old, Files.getLastModifiedTime(archive.site().resolve("assets/style.css")));
        assertNotEquals(old, Files.getLastModifiedTime(archive.site().resolve("claims/b/index.html")));
        assertTrue(archive.file("claims/b/index.html").contains("Bee, edited."));
        Map<String, String> rebuiltCold = PublishingTest.tree(TestArchive.of(dir.resolve("cold"),
                ARCHIVE + "-- content/claims/b.md --\n" + claim("B?", "", "Bee, edited.\n")).build().site());
        assertEquals(rebuiltCold, PublishingTest.tree(archive.site()), "the same bytes as a build from scratch");
    }

    @Test
    void pagesWhoseModelDidNotChangeAreNotRenderedAgain(@TempDir Path other) throws Exception {
        String b = "-- content/claims/b.md --\n" + claim("B?", "tags: [bees]\nrelated:\n  - A?\n", "Bee.\n");
        TestArchive archive = TestArchive.of(dir, ARCHIVE + b).build();
        assertEquals(0, archive.result().pagesKept(), "a first build renders everything");
        assertEquals("A?", archive.html("claims/b/index.html").selectFirst(".related a").text());

        // A's title is B's related question: B's page links to A by that title, so it must change too.
        String editedA = "-- content/claims/a.md --\n" + claim("A, edited?", "sources:\n  - id: 1\n    title: One\n"
                + "  - id: 2\n    title: Two\n", "Cites [1].\n");
        String editedB = "-- content/claims/b.md --\n" + claim("B?", "tags: [bees]\nrelated:\n  - A, edited?\n",
                "Bee.\n");
        archive.write("content/claims/a.md", editedA.substring(editedA.indexOf('\n') + 1)).build();
        assertTrue(archive.result().pagesKept() > 0, "the tag and legend pages did not change");
        assertEquals("A, edited?", archive.html("claims/a/index.html").selectFirst("h1").text());
        assertNull(archive.html("claims/b/index.html").selectFirst(".related a"), "B's question A? is open now");
        assertEquals(PublishingTest.tree(TestArchive.of(other.resolve("1"), editedA + b).build().site()),
                PublishingTest.tree(archive.site()), "the same bytes as a build from scratch");

        archive.write("content/claims/b.md", editedB.substring(editedB.indexOf('\n') + 1)).build();
        assertEquals("A, edited?", archive.html("claims/b/index.html").selectFirst(".related a").text(),
                "B's page now links to A");
        assertEquals(PublishingTest.tree(TestArchive.of(other.resolve("2"), editedA + editedB).build().site()),
                PublishingTest.tree(archive.site()), "the same bytes as a build from scratch");
    }

    @Test
    void aPageChangedByHandIsRenderedAgain() throws Exception {
        TestArchive archive = TestArchive.of(dir, ARCHIVE + "-- content/claims/b.md --\n" + claim("B?", "", "Bee.\n"))
                .build();
        Files.writeString(archive.site().resolve("claims/b/index.html"), "tampered");
        archive.write("content/claims/a.md", claim("A changed?", "", "Now.\n")).build();
        assertEquals(0, archive.result().pagesKept(), "an output that is not the last build's is not trusted");
        assertTrue(archive.file("claims/b/index.html").contains("Bee."));
    }

    /** A claim with every field, so that reading it back from the parsed-claims file is tested on all of them. */
    private static final String RICH = "-- content/claims/rich/index.md --\n" + claim("Rich?", """
            updated: 2025-10-12
            claimant: {name: A Ministry, url: https://ministry.example/}
            appearances: [https://social.example/1]
            authors: [Ann, Bo]
            tags: [Căn cước, health]
            summary: It is *rich* [1].
            sources:
              - id: 1
                title: One
                url: https://one.example/
                publisher: Pub
                date: 2025-09-30
                archived: https://archive.example/one
              - id: who-2019
                title: Two
            related:
              - B?
              - "Open: question?"
            lang: vi
            image: {src: pic.png, alt: The post}
            corrections:
              - date: 2025-10-12
                note: Fixed a figure.
            extra: {team: {lead: Ann, members: [Ann, Bo]}, note: text}
            """, "Body [1] and [who-2019], <b>raw</b>.\n\n![A chart](pic.png)\n")
            + "-- content/claims/rich/pic.png --\npng\n";

    @Test
    void unchangedClaimsAreNotParsedAgain(@TempDir Path other) throws Exception {
        String b = "-- content/claims/b.md --\n" + claim("B?", "", "Bee.\n");
        TestArchive archive = TestArchive.of(dir, RICH + b).build();
        assertEquals(2, archive.result().claimsParsed());
        List<String> warnings = archive.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("raw HTML")), warnings::toString);

        archive.write("content/claims/b.md", claim("B?", "", "Bee, edited.\n")).build();
        assertEquals(1, archive.result().claimsParsed(), "only the edited file");
        assertEquals(warnings, archive.warnings(), "an unchanged file's warnings are still reported");
        String edited = RICH + "-- content/claims/b.md --\n" + claim("B?", "", "Bee, edited.\n");
        assertEquals(PublishingTest.tree(TestArchive.of(other.resolve("cold"), edited).build().site()),
                PublishingTest.tree(archive.site()), "the same bytes as a build that parsed everything");

        Files.write(dir.resolve("target/site.staging/parsed-claims.bin"), new byte[] {1, 2, 3});
        archive.write("content/claims/b.md", claim("B?", "", "Bee, again.\n")).build();
        assertEquals(2, archive.result().claimsParsed());
        assertTrue(archive.warnings().stream().anyMatch(w -> w.contains("cannot be read; every claim is parsed again")),
                archive.warnings()::toString);
    }

    @Test
    void aCheckReadsWhatTheLastBuildParsed() throws Exception {
        TestArchive archive = TestArchive.of(dir, RICH).build();
        CheckResult check = FactSite.check(archive.request());
        assertEquals(0, check.claimsParsed(), "every claim was read as the build parsed it");
        assertEquals(archive.result().warnings(), check.warnings(), "the same problems, from parsed claims");
        archive.write("content/claims/b.md", claim("B?", "", "Bee.\n"));
        assertEquals(1, FactSite.check(archive.request()).claimsParsed(), "a new file is parsed");
        assertFalse(Files.exists(archive.site().resolve("claims/b")), "a check writes nothing");
    }
}
