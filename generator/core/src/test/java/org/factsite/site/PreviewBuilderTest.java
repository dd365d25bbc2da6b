package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.factsite.diagnostic.ContentErrorsException;
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
}
