package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.factsite.testing.TestArchive;
import org.factsite.write.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds into one output folder take turns: neither publishes the other's half-staged site. */
class OutputLockTest {

    @TempDir
    Path dir;

    @Test
    void aBuildWaitsWhileAnotherHoldsTheOutput(@TempDir Path cold) throws Exception {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/a.md --\n" + claim("A?", "", "Ay.\n"));
        CompletableFuture<BuildResult> second;
        try (OutputLock first = OutputLock.acquire(archive.site())) {
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return FactSite.build(archive.request());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(400);
            assertFalse(second.isDone(), "the build must wait for the lock");
        }
        second.get(60, TimeUnit.SECONDS);
        TestArchive clean = TestArchive.of(cold, "-- content/claims/a.md --\n" + claim("A?", "", "Ay.\n")).build();
        assertEquals(PublishingTest.tree(clean.site()), PublishingTest.tree(archive.site()));
    }

    @Test
    void parallelBuildsOfOneOutputEndWithAWholeSite(@TempDir Path cold) throws Exception {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            spec.append("-- content/claims/c").append(i).append(".md --\n").append(claim("C" + i + "?", "", "Body.\n"));
        }
        TestArchive archive = TestArchive.of(dir, spec.toString());
        CompletableFuture<?>[] builds = new CompletableFuture<?>[4];
        for (int i = 0; i < builds.length; i++) {
            builds[i] = CompletableFuture.runAsync(() -> {
                try {
                    FactSite.build(archive.request());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        CompletableFuture.allOf(builds).get(120, TimeUnit.SECONDS);
        assertEquals(PublishingTest.tree(TestArchive.of(cold, spec.toString()).build().site()),
                PublishingTest.tree(archive.site()));
    }
}
