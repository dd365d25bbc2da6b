package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.render.PageAhead;
import org.factsite.testing.Photos;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's builds: each does only what the changes need, and ends with the same site as a full build. */
class PreviewBuilderTest {

    @TempDir
    Path dir;

    private static final String A = claim("A?", "tags: [t]\n", "Ay.\n");
    private static final String B = claim("B?", "tags: [t]\nrelated: [\"A?\"]\n", "Bee.\n");
    private static final String DRAFT = claim("Draft?", "draft: true\n", "Soon.\n");

    private PreviewBuilder preview(TestArchive archive) {
        return new PreviewBuilder(archive.request().withOutputDirectory(archive.root().resolve("preview")));
    }

    /** The site a one-off build with drafts and future claims makes of the same content. */
    private Map<String, String> fullBuild(TestArchive archive, Path other) throws java.io.IOException {
        TestArchive copy = TestArchive.of(other, "");
        try (var files = Files.walk(archive.root().resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy.writeBytes(archive.root().relativize(f).toString(), Files.readAllBytes(f));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        copy.build(copy.request().withDrafts(true).withFuture(true));
        return PublishingTest.tree(copy.site());
    }

    @Test
    void anEditRebuildsOnlyWhatItChanges(@TempDir Path other) throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A + "-- content/claims/b.md --\n" + B
                + "-- content/claims/draft.md --\n" + DRAFT);
        PreviewBuilder preview = preview(archive);
        PreviewBuild first = preview.rebuild();
        assertEquals(0, first.pagesKept());
        Path site = archive.root().resolve("preview");
        assertTrue(Files.readString(site.resolve("claims/draft/index.html")).contains("status-draft"),
                "drafts are in the preview, marked");

        PreviewBuild unchanged = preview.rebuild();
        assertTrue(unchanged.changed().isEmpty(), "nothing changed: " + unchanged.changed());

        archive.write("content/claims/b.md", B.replace("Bee.", "Bee, edited."));
        PreviewBuild edited = preview.rebuild();
        assertTrue(edited.changed().contains("claims/b/index.html"), edited.changed()::toString);
        assertFalse(edited.changed().contains("claims/a/index.html"), edited.changed()::toString);
        assertTrue(edited.pagesKept() > 0);
        assertEquals(fullBuild(archive, other.resolve("1")), PublishingTest.tree(site), "the same as a full build");

        archive.delete("content/claims/a.md");
        PreviewBuild deleted = preview.rebuild();
        assertTrue(deleted.changed().contains("claims/a/index.html"));
        assertFalse(Files.exists(site.resolve("claims/a")), "a deleted claim's page goes, with its folder");
        assertEquals(fullBuild(archive, other.resolve("2")), PublishingTest.tree(site), "the same as a full build");
    }

    @Test
    void anErrorLeavesTheLastGoodSite(@TempDir Path other) throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A);
        PreviewBuilder preview = preview(archive);
        preview.rebuild();
        Map<String, String> good = PublishingTest.tree(archive.root().resolve("preview"));
        archive.write("content/claims/a.md", A.replace("verdict: false", "verdict: maybe"));
        ContentErrorsException e = assertThrows(ContentErrorsException.class, preview::rebuild);
        assertTrue(e.report().contains("content/claims/a.md:4: error:"), e.report());
        assertEquals(good, PublishingTest.tree(archive.root().resolve("preview")));
        archive.write("content/claims/a.md", A.replace("Ay.", "Fixed."));
        assertTrue(preview.rebuild().changed().contains("claims/a/index.html"));
        assertEquals(fullBuild(archive, other), PublishingTest.tree(archive.root().resolve("preview")));
    }

    @Test
    void aThemeChangeRendersEveryPageAgain() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A);
        PreviewBuilder preview = new PreviewBuilder(archive.request()
                .withOutputDirectory(archive.root().resolve("preview")).withThemeDirectory(dir.resolve("theme")));
        archive.write("theme/i18n/en.properties", "claim.verdict=Rated\n");
        preview.rebuild();
        archive.write("theme/i18n/en.properties", "claim.verdict=Rated again\n");
        PreviewBuild build = preview.rebuild();
        assertEquals(0, build.pagesKept());
        assertTrue(Files.readString(archive.root().resolve("preview/claims/a/index.html")).contains("Rated again"));
    }

    /** A claim's page shows things of other claims (an answer's language, its tags' names): edits there count too. */
    @Test
    void editsToOtherClaimsReachThePagesThatShowThem(@TempDir Path other) throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A + "-- content/claims/b.md --\n" + B);
        PreviewBuilder preview = preview(archive);
        preview.rebuild();
        archive.write("content/claims/a.md", A.replace("tags: [t]", "tags: [t]\nlang: vi"));
        assertTrue(preview.rebuild().changed().contains("claims/b/index.html"), "B's answer is now in Vietnamese");
        assertEquals(fullBuild(archive, other.resolve("1")), PublishingTest.tree(archive.root().resolve("preview")));
        archive.write("content/claims/c.md", claim("C?", "tags: [T]\n", "See.\n"));
        preview.rebuild();
        assertEquals(fullBuild(archive, other.resolve("2")), PublishingTest.tree(archive.root().resolve("preview")),
                "a new claim in the same tag");
        archive.delete("content/claims/a.md");
        preview.rebuild();
        assertEquals(fullBuild(archive, other.resolve("3")), PublishingTest.tree(archive.root().resolve("preview")),
                "B's question is open again");
    }

    /** An edit that keeps the size and lands in the same clock tick as the last build must still be seen. */
    @Test
    void anEditInTheSameTickIsSeen() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A);
        PreviewBuilder preview = preview(archive);
        preview.rebuild();
        Path file = archive.root().resolve("content/claims/a.md");
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        archive.write("content/claims/a.md", A.replace("Ay.", "By."));
        Files.setLastModifiedTime(file, time);
        preview.rebuild();
        assertTrue(Files.readString(archive.root().resolve("preview/claims/a/index.html")).contains("By."));
    }

    /** The page of a claim just edited is made ahead of the rest of the build, as the build then writes it. */
    @Test
    void anEditedClaimsPageIsMadeAheadAsTheBuildWritesIt() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + A + "-- content/claims/b.md --\n" + B);
        PreviewBuilder preview = preview(archive);
        Path site = archive.root().resolve("preview");
        settle(archive);
        preview.rebuild();
        archive.write("content/claims/b.md", B.replace("Bee.", "Bee, edited."));
        List<PageAhead> ahead = new ArrayList<>();
        PreviewBuild edited = preview.rebuild(ahead::addAll);
        assertEquals(List.of("claims/b/"), ahead.stream().map(PageAhead::sitePath).toList());
        assertTrue(new String(ahead.get(0).html(), java.nio.charset.StandardCharsets.UTF_8).contains("Bee, edited."));
        assertArrayEquals(Files.readAllBytes(site.resolve("claims/b/index.html")), ahead.get(0).html(),
                "the bytes the build wrote");
        assertTrue(ahead.get(0).address().endsWith("/claims/b/"), ahead.get(0)::address);
        assertEquals(Set.of(ahead.get(0).address()), edited.current(), "a browser showing it need not reload again");

        settle(archive);
        preview.rebuild(); // learns the edited file, now that its time tells edits apart
        ahead.clear();
        assertTrue(preview.rebuild(ahead::addAll).current().isEmpty());
        assertTrue(ahead.isEmpty(), "nothing edited, nothing ahead");

        for (String name : List.of("c", "d", "e", "f", "g", "h", "i", "j", "k")) {
            archive.write("content/claims/" + name + ".md", claim(name.toUpperCase() + "?", "", "New.\n"));
        }
        preview.rebuild(ahead::addAll);
        assertTrue(ahead.isEmpty(), "nine claims at once: the whole build is as soon");
    }

    /** A page made ahead whose stylesheet or image then changes is reloaded when the build is done. */
    @Test
    void aPageAheadIsReloadedWhenWhatItShowsChanged() throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Photo?", "", "![A chart](chart.png)\n") + "-- content/claims/b.md --\n" + B);
        archive.writeBytes("content/claims/photo/chart.png", Photos.png(800, 400));
        PreviewBuilder preview = preview(archive);
        settle(archive);
        preview.rebuild();
        archive.write("content/claims/photo/index.md", claim("Photo?", "", "![A new chart](chart.png)\n"));
        archive.writeBytes("content/claims/photo/chart.png", Photos.png(400, 200));
        List<PageAhead> ahead = new ArrayList<>();
        PreviewBuild build = preview.rebuild(ahead::addAll);
        assertEquals(List.of(Set.of("claims/photo/chart.png")), ahead.stream().map(PageAhead::resources).toList());
        assertTrue(build.current().isEmpty(), "its image changed after the page was shown");

        settle(archive);
        preview.rebuild();
        archive.write("content/claims/b.md", B.replace("Bee.", "Bee, edited."));
        archive.write("content/static/extra.css", "p { color: black }\n");
        ahead.clear();
        build = preview.rebuild(ahead::addAll);
        assertEquals(1, ahead.size());
        assertTrue(build.current().isEmpty(), "a stylesheet changed");
    }

    /**
     * Makes every file of the archive a minute old: a file changed within the last two seconds is parsed again
     * by every build (its time cannot tell a second edit apart), as an author's files seldom are.
     */
    private static void settle(TestArchive archive) throws java.io.IOException {
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - 60_000);
        try (var files = Files.walk(archive.root().resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, before);
            }
        }
    }
}
