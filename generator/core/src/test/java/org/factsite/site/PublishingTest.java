package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the output folder: deterministic bytes, all or nothing, nothing stale. */
class PublishingTest {

    private static final String ARCHIVE = "-- content/claims/a.md --\n"
            + TestArchive.claim("Is A true?", "related:\n  - Is B true?\n", "Body.\n")
            + "-- content/claims/b.md --\n"
            + TestArchive.claim("Is B true?", "lang: vi\n", "Nội dung.\n");

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path one, @TempDir Path two) throws IOException {
        Map<String, String> first = tree(TestArchive.of(one, ARCHIVE).build().site());
        Map<String, String> second = tree(TestArchive.of(two, ARCHIVE).build().site());
        assertEquals(first.keySet(), second.keySet());
        assertEquals(first, second);
        assertTrue(first.containsKey("claims/a/index.html") && first.containsKey("assets/style.css"));
    }

    @Test
    void failedBuildLeavesThePublishedSiteUntouched(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        Map<String, String> published = tree(archive.site());
        archive.write("content/claims/a.md", "---\ntitle: broken\n---\n");
        archive.buildWithErrors();
        assertEquals(published, tree(archive.site()));
        assertFalse(Files.exists(dir.resolve("target/site.staging/new")), "the failed build's staged site is removed");
    }

    @Test
    void pagesOfDeletedClaimsDisappear(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, ARCHIVE).build();
        assertTrue(Files.exists(archive.site().resolve("claims/b/index.html")));
        archive.delete("content/claims/b.md").build();
        assertFalse(Files.exists(archive.site().resolve("claims/b")));
        assertTrue(Files.exists(archive.site().resolve("claims/a/index.html")));
        try (Stream<Path> siblings = Files.list(dir.resolve("target"))) {
            assertEquals(List.of("site", "site.staging"), siblings.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the site and its staging folder (holding the previous site until the next build)");
        }
    }

    @Test
    void draftsArePublishedOnlyWhenAskedFor(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, ARCHIVE + "-- content/claims/c.md --\n"
                + TestArchive.claim("Is C true?", "draft: yes\n", "Soon.\n")).build();
        assertFalse(Files.exists(archive.site().resolve("claims/c")));
        archive.build(archive.request().withDrafts(true));
        assertTrue(Files.exists(archive.site().resolve("claims/c/index.html")));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent(@TempDir Path dir) {
        TestArchive archive = TestArchive.of(dir, ARCHIVE);
        var request = BuildRequest.of(dir.resolve("content"), dir).withReportRoot(dir);
        try {
            FactSite.build(request);
        } catch (org.factsite.diagnostic.ContentErrorsException e) {
            assertTrue(e.report().contains("the output folder contains the content folder"), e.report());
            assertTrue(Files.exists(archive.root().resolve("content/claims/a.md")));
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    /** Every file below {@code root} with its content (text; assets here are text too). */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                // Text as text (a difference reads as one); images, which are not UTF-8, as their bytes in Base64.
                String name = root.relativize(p).toString().replace('\\', '/');
                files.put(name, name.endsWith(".png") ? java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p))
                        : Files.readString(p));
            }
        }
        return files;
    }

    private static final String A = "-- content/claims/a.md --\n" + TestArchive.claim("A?", "", "Ay.\n");

    private static String b(String body) {
        return "-- content/claims/b.md --\n" + TestArchive.claim("B?", "", body + "\n");
    }

    /** Building on from the replaced site must never write through a file it shares with the published site. */
    @Test
    void theReplacedSiteIsReusedWithoutTouchingThePublishedOne(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, A + b("First."));
        archive.build();
        archive.write("content/claims/a.md", TestArchive.claim("A?", "", "Ay, edited.\n")).build(); // b unchanged
        Map<String, String> published = tree(archive.site());
        Path staged = dir.resolve("target/site.staging/previous/claims/b/index.html");
        assertTrue(Files.isSameFile(staged, archive.site().resolve("claims/b/index.html")),
                "the unchanged page is one file in both sites");
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Second.\n")).build();
        assertEquals(published, tree(dir.resolve("target/site.staging/previous")),
                "the site it replaced is exactly as it was published");
        assertTrue(archive.file("claims/b/index.html").contains("Second."));
        assertEquals(tree(TestArchive.of(dir.resolve("cold"), A.replace("Ay.", "Ay, edited.") + b("Second.")).build()
                .site()), tree(archive.site()), "the same as a build from scratch");
    }

    @Test
    void whatTheReplacedSiteHadAndTheBuildDoesNotMakeIsGone(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, A + b("First."));
        archive.build();
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Second.\n")).build();
        Files.writeString(dir.resolve("target/site.staging/previous/stray.html"), "stray");
        Files.createDirectories(dir.resolve("target/site.staging/previous/old/folder"));
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Third.\n")).build();
        assertFalse(Files.exists(archive.site().resolve("stray.html")));
        assertFalse(Files.exists(archive.site().resolve("old")));
        assertEquals(tree(TestArchive.of(dir.resolve("cold"), A + b("Third.")).build().site()), tree(archive.site()));
    }

    @Test
    void aReplacedSiteWithALinkInItIsNotBuiltOn(@TempDir Path dir, @TempDir Path outside) throws IOException {
        TestArchive archive = TestArchive.of(dir, A + b("First."));
        archive.build();
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Second.\n")).build();
        Path previousClaims = dir.resolve("target/site.staging/previous/claims");
        PublishingTest.deleteTree(previousClaims);
        Files.createSymbolicLink(previousClaims, outside);
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Third.\n")).build();
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(0, files.count(), "nothing was written through the link");
        }
        assertEquals(tree(TestArchive.of(dir.resolve("cold"), A + b("Third.")).build().site()), tree(archive.site()));
    }

    /** A kill between the swap's two renames leaves no site, the old one as previous and the new one whole. */
    @Test
    void theNextBuildFinishesASwapAKillInterruptedEvenIfItFails(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, A + b("First."));
        archive.build();
        archive.write("content/claims/b.md", TestArchive.claim("B?", "", "Second.\n")).build();
        Map<String, String> second = tree(archive.site());
        Files.move(archive.site(), dir.resolve("target/site.staging/new")); // old site out, killed before new in
        archive.write("content/claims/a.md", "---\ntitle: broken\n---\n").buildWithErrors();
        assertEquals(second, tree(archive.site()), "the new site the killed build had staged whole is published");
    }

    @Test
    void aStagedSiteOfABuildKilledBeforeItsSwapIsNeverPublished(@TempDir Path dir) throws IOException {
        TestArchive archive = TestArchive.of(dir, A + b("First."));
        archive.build(); // the first build: nothing to keep as previous
        deleteTree(archive.site());
        Files.createDirectories(dir.resolve("target/site.staging/new"));
        Files.writeString(dir.resolve("target/site.staging/new/half.html"), "half-written");
        archive.write("content/claims/a.md", "---\ntitle: broken\n---\n").buildWithErrors();
        assertFalse(Files.exists(archive.site()), "no site rather than a half-written one");
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
