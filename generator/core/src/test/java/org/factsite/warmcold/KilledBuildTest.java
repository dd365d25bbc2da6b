package org.factsite.warmcold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.factsite.testing.SiteTree;
import org.factsite.testing.TestArchive;
import org.factsite.write.StagedSiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (SIGKILL: no shutdown hook, no finally) leaves the published site whole, the
 * old one or the new one (or, killed between the swap's two renames, none until the next build's first step puts
 * the whole new one in place), and the build after it equals a clean build. Builds run in a child JVM, killed after
 * a delay drawn from a fixed seed over the length of a build.
 */
class KilledBuildTest {

    private static final int CLAIMS = 200;
    private static final int KILLS = 8;

    @TempDir
    Path dir;

    /** The child: builds the archive in args[0] into args[1]. */
    public static void main(String[] args) throws Exception {
        FactSite.build(BuildRequest.of(Path.of(args[0]), Path.of(args[1])));
    }

    private static String archive(String body) {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            spec.append("-- content/claims/c").append(i).append(".md --\n").append(TestArchive.claim("Claim " + i + "?",
                    "tags: [t" + (i % 7) + "]\nclaimant:\n  name: Person " + (i % 11) + "\n",
                    (body + " " + i + ".\n\n").repeat(20)));
        }
        return spec.toString();
    }

    @Test
    void aKilledBuildLeavesAWholeSite(@TempDir Path cold) throws Exception {
        TestArchive archive = TestArchive.of(dir, archive("Old text")).build();
        SiteTree old = SiteTree.of(archive.site());
        TestArchive.of(cold.resolve("new"), archive("New text")).build(); // the site the edited archive makes
        SiteTree fresh = SiteTree.of(cold.resolve("new/target/site"));
        TestArchive.of(dir, archive("New text"));

        long full = timeChildBuild(archive, old, fresh);
        killWhileWriting(archive, old);
        Random random = new Random(42);
        List<String> seen = new ArrayList<>();
        int midBuild = 0;
        for (int i = 0; i < KILLS; i++) {
            // Undo the last (possibly finished) build's record of the new content half of the time, so kills
            // land in full builds as well as in the quick "up to date" ones.
            if (i % 2 == 0) {
                TestArchive.of(dir, archive("Old text")).build();
                TestArchive.of(dir, archive("New text"));
            }
            long delay = (long) (random.nextDouble() * full * 1.4); // some land after the build finished
            Process child = start(archive);
            Thread.sleep(delay);
            boolean running = child.isAlive();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            // A half-written new site in staging: the kill landed while the build wrote it.
            boolean writing = Files.isDirectory(staged(archive));
            if (running && child.exitValue() != 0) {
                midBuild++;
            } else {
                assertEquals(0, child.exitValue(), "a build that was not killed must have succeeded");
            }
            // A kill between the swap's two renames leaves no site; the next build puts the staged one back first.
            boolean missing = !Files.exists(archive.site());
            if (missing) {
                StagedSiteWriter.finishInterruptedSwap(archive.site());
            }
            SiteTree now = SiteTree.of(archive.site());
            boolean isOld = now.differencesFrom(old).isEmpty();
            boolean isNew = now.differencesFrom(fresh).isEmpty();
            seen.add(delay + " ms, " + (!running ? "after the build: " : writing ? "killed while writing: "
                    : "killed while building: ")
                    + (missing ? "missing, then " : "") + (isOld ? "old" : isNew ? "new" : "broken"));
            assertTrue(isOld || isNew, "after a kill at " + delay + " ms the published site is neither the old one "
                    + "nor the new one:\n" + String.join("\n", now.differencesFrom(fresh).subList(0,
                    Math.min(10, now.differencesFrom(fresh).size()))));
        }
        System.out.println("KilledBuildTest: a full build takes " + full + " ms; kills at " + seen);
        // The kills must have tested something: delays of 0.39 to 0.52 of a build land while the child builds even
        // on a machine twice as fast as during the timing. (The instant between the swap's two renames is too short
        // to hit by timing: PublishingTest makes that state.)
        assertTrue(midBuild >= 2, "too few kills landed while a build ran: " + seen);
        archive.build();
        assertEquals(List.of(), SiteTree.of(archive.site()).differencesFrom(fresh), "the next build equals a clean one; "
                + "kills: " + seen);
    }

    /** Where a build writes the new site before the swap. */
    private static Path staged(TestArchive archive) {
        return archive.site().resolveSibling("site.staging").resolve("new");
    }

    /**
     * One kill not left to timing: as soon as the child has begun writing its staged site. The published site must
     * still be the old one, whole.
     */
    private void killWhileWriting(TestArchive archive, SiteTree old) throws Exception {
        assertFalse(Files.exists(staged(archive)), "a finished build leaves no staged site");
        Process child = start(archive);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.isDirectory(staged(archive)) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        boolean writing = Files.isDirectory(staged(archive));
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(writing && child.exitValue() != 0, "the kill did not land while the build wrote its site");
        assertEquals(List.of(), SiteTree.of(archive.site()).differencesFrom(old), "killed while writing: the old site");
    }

    /** How long a build of the edited archive takes in a child JVM (which is left to finish). */
    private long timeChildBuild(TestArchive archive, SiteTree old, SiteTree fresh) throws Exception {
        long start = System.nanoTime();
        Process child = start(archive);
        assertEquals(0, child.waitFor(), "the child build");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(), SiteTree.of(archive.site()).differencesFrom(fresh));
        TestArchive.of(dir, archive("Old text")).build(); // back to the old site for the kills
        assertEquals(List.of(), SiteTree.of(archive.site()).differencesFrom(old));
        TestArchive.of(dir, archive("New text"));
        return millis;
    }

    private Process start(TestArchive archive) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(),
                archive.root().resolve("content").toString(), archive.site().toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(new File(dir.toFile(), "child-err.txt"))
                .start();
    }
}
