package org.factsite.warmcold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.render.PageAhead;
import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.factsite.site.PreviewBuilder;
import org.factsite.testing.Fixtures;
import org.factsite.testing.Folders;
import org.factsite.testing.SiteTree;

/**
 * An archive under edit, built after every step three ways: on from the last build into the same output
 * folder (as the CLI and Maven do), by the same long-lived preview builder, and from scratch into a fresh
 * folder without any cache ({@link FactSite#buildClean}, the reference). The first two must equal the third
 * byte for byte: warm equals cold. When the clean build fails, both warm ones must fail with the same
 * problems and leave the site they had, the last good one.
 */
final class WarmColdHarness {

    /** The fixture every script starts from: bilingual, a claim folder, a draft, a future claim, a plain page. */
    static final Path FIXTURE = Path.of("src/test/resources/archives/warm-cold/content");
    /** 23:30 in the fixture's time zone (Asia/Ho_Chi_Minh) the day before its future claim; still the 27th in UTC. */
    static final Instant START = Instant.parse("2026-11-27T16:30:00Z");

    private final Path root;
    private final SettableClock clock = new SettableClock(START);
    private final PreviewBuilder preview;
    private SiteTree lastGood;
    private SiteTree lastGoodPreview;
    private int steps;
    private final List<String> done = new ArrayList<>();

    private WarmColdHarness(Path root) {
        this.root = root;
        this.preview = new PreviewBuilder(request(root.resolve("out/preview")));
    }

    /** Copies the fixture and the default theme below {@code root} and checks the first build. */
    static WarmColdHarness start(Path root) {
        copyTree(FIXTURE, root.resolve("content"));
        copyTree(Fixtures.THEME, root.resolve("theme"));
        WarmColdHarness harness = new WarmColdHarness(root);
        harness.step("first build", () -> { });
        return harness;
    }

    /** An archive of just a site.yaml, for scripts that make all their claims themselves. */
    static WarmColdHarness empty(Path root, String siteYaml) {
        write(root.resolve("content/site.yaml"), siteYaml);
        copyTree(Fixtures.THEME, root.resolve("theme"));
        WarmColdHarness harness = new WarmColdHarness(root);
        harness.step("first build", () -> { });
        return harness;
    }

    private BuildRequest request(Path output) {
        return BuildRequest.of(root.resolve("content"), output).withThemeDirectory(root.resolve("theme"))
                .withClock(clock).withReportRoot(root);
    }

    /** What a step's edit should make of the archive: a script says it, so a step cannot pass by failing alike. */
    enum Expect {
        /** The archive stays valid: every build succeeds. */
        BUILDS,
        /** The edit breaks the archive: the clean builds fail, and the warm ones with the same problems. */
        FAILS,
        /** Either (random edits): the clean build decides, and the warm ones must agree. */
        EITHER
    }

    /** Applies {@code edit}, which keeps the archive valid, then builds three ways and compares. */
    void step(String name, Runnable edit) {
        step(name, Expect.BUILDS, edit);
    }

    /** Applies {@code edit}, which breaks the archive: every build must fail alike and keep the last good site. */
    void breakingStep(String name, Runnable edit) {
        step(name, Expect.FAILS, edit);
    }

    /** Applies {@code edit}, then builds three ways and compares; the clean builds' outcome must be {@code expect}. */
    void step(String name, Expect expect, Runnable edit) {
        edit.run();
        done.add(name);
        steps++;
        Path cold = root.resolve("cold-" + steps);
        Outcome coldSite = buildClean(request(cold.resolve("site")));
        Outcome coldPreview = buildClean(request(cold.resolve("preview")).withDrafts(true).withFuture(true));
        Outcome warmSite = build(request(root.resolve("out/site")));
        List<PageAhead> ahead = new ArrayList<>();
        Outcome warmPreview = rebuildPreview(ahead);
        String where = "step " + steps + " (" + name + ")";
        if (expect == Expect.BUILDS) {
            assertTrue(coldSite.problems() == null && coldPreview.problems() == null, where + " should build:\n"
                    + coldSite.problems() + "\n" + coldPreview.problems());
        } else if (expect == Expect.FAILS) {
            assertTrue(coldSite.problems() != null && coldPreview.problems() != null, where + " should fail the "
                    + "build, but a clean build succeeded");
        }

        compare("incremental build", warmSite, coldSite, root.resolve("out/site"), cold.resolve("site"), lastGood);
        compare("preview", warmPreview, coldPreview, root.resolve("out/preview"), cold.resolve("preview"),
                lastGoodPreview);
        if (coldPreview.problems() == null) {
            for (PageAhead page : ahead) { // what the preview showed before its build was done
                assertArrayEquals(readBytes(cold.resolve("preview").resolve(page.file())), page.html(), where
                        + ": the preview's page " + page.file() + ", made ahead, differs from a clean build's");
            }
        }
        if (coldSite.problems() == null) {
            lastGood = SiteTree.of(cold.resolve("site"));
        }
        if (coldPreview.problems() == null) {
            lastGoodPreview = SiteTree.of(cold.resolve("preview"));
        }
        deleteTree(cold);
    }

    private void compare(String kind, Outcome warm, Outcome cold, Path warmFolder, Path coldFolder, SiteTree good) {
        String where = "after step " + steps + " (" + String.join(" > ", done) + "), the " + kind;
        if (cold.problems() != null) {
            assertEquals(cold.problems(), warm.problems(), where + " must fail with the problems a clean build finds");
            if (good != null) {
                List<String> differences = SiteTree.of(warmFolder).differencesFrom(good);
                assertTrue(differences.isEmpty(), where + " must leave the last good site as it was:\n"
                        + String.join("\n", differences));
            }
            return;
        }
        if (warm.problems() != null) {
            fail(where + " failed where a clean build succeeds:\n" + String.join("\n", warm.problems()));
        }
        List<String> differences = SiteTree.of(warmFolder).differencesFrom(SiteTree.of(coldFolder));
        assertTrue(differences.isEmpty(), where + " differs from a clean build:\n" + String.join("\n", differences));
        assertEquals(cold.warnings(), warm.warnings(), where + " must warn as a clean build does");
    }

    /** What a build said: its warnings, or its problems when it failed (then null warnings). */
    private record Outcome(List<String> warnings, List<String> problems) {
    }

    private Outcome build(BuildRequest request) {
        try {
            return new Outcome(format(FactSite.build(request).warnings()), null);
        } catch (ContentErrorsException e) {
            return new Outcome(null, format(e.diagnostics()));
        }
    }

    private Outcome buildClean(BuildRequest request) {
        try {
            return new Outcome(format(FactSite.buildClean(request).warnings()), null);
        } catch (ContentErrorsException e) {
            return new Outcome(null, format(e.diagnostics()));
        }
    }

    private Outcome rebuildPreview(List<PageAhead> ahead) {
        try {
            return new Outcome(format(preview.rebuild(ahead::addAll).warnings()), null);
        } catch (ContentErrorsException e) {
            return new Outcome(null, format(e.diagnostics()));
        }
    }

    private List<String> format(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.format(root)).toList();
    }

    // Edits, as an author (or time) makes them.

    void moveClockTo(Instant instant) {
        clock.set(instant);
    }

    void write(String path, String text) {
        write(root.resolve(path), text);
    }

    void writeBytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.exists(root.resolve(path));
    }

    /** Replaces text that must be there: an edit that silently did nothing would prove nothing. */
    void replace(String path, String from, String to) {
        String text = read(path);
        assertTrue(text.contains(from), "the script expects `" + from + "` in " + path);
        write(path, text.replace(from, to));
    }

    void delete(String path) {
        try {
            Files.delete(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        Folders.copy(from, to);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
