package org.factsite.warmcold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.factsite.site.BuildRequest;
import org.factsite.site.FactSite;
import org.factsite.testing.SiteTree;
import org.factsite.testing.TestArchive;
import org.factsite.write.StagedSiteWriter;
import com.sun.jdi.Bootstrap;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.AttachingConnector;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDeathEvent;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequestManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment (SIGKILL: no shutdown hook, no finally) leaves the published site whole, the
 * old one or the new one (or, killed between the swap's two renames, none until the next build's first step puts
 * the whole new one in place), and the build after it equals a clean build. Builds run in a child JVM: killed once
 * as it begins writing, once between the swap's renames (stopped there through the debugger interface), then after
 * delays drawn from a fixed seed over the length of a build.
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
        killBetweenTheSwapsRenames(archive, fresh);
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
        // to hit by timing: killBetweenTheSwapsRenames stops the child there.)
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

    /**
     * One kill not left to timing: between the swap's two renames, the one moment with no published site. The
     * child runs under the JDK's debugger interface, which stops it as it calls {@code Files.move} the second time
     * from {@code commit} (the old site is out, the new one not yet in); it is killed there. The next build's first
     * step puts the whole new site in place.
     */
    private void killBetweenTheSwapsRenames(TestArchive archive, SiteTree fresh) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-agentlib:jdwp=transport=dt_socket,server=y,suspend=y,address=127.0.0.1:0",
                "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(),
                archive.root().resolve("content").toString(), archive.site().toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String listening = out.readLine(); // "Listening for transport dt_socket at address: 40123"
        Thread drain = new Thread(() -> out.lines().forEach(line -> { })); // the child must never block on its output
        drain.setDaemon(true);
        drain.start();
        AttachingConnector socket = Bootstrap.virtualMachineManager().attachingConnectors().stream()
                .filter(c -> c.transport().name().equals("dt_socket")).findFirst().orElseThrow();
        Map<String, Connector.Argument> arguments = socket.defaultArguments();
        arguments.get("hostname").setValue("127.0.0.1");
        arguments.get("port").setValue(listening.substring(listening.lastIndexOf(' ') + 1).trim());
        VirtualMachine vm = socket.attach(arguments);
        EventRequestManager requests = vm.eventRequestManager();
        ClassPrepareRequest prepared = requests.createClassPrepareRequest();
        prepared.addClassFilter("java.nio.file.Files");
        prepared.enable();
        vm.classesByName("java.nio.file.Files").forEach(type -> breakAtMove(requests, type));
        vm.resume();
        int movesInCommit = 0;
        boolean killed = false;
        while (!killed) {
            EventSet events = vm.eventQueue().remove(60_000);
            assertTrue(events != null, "the child never reached the swap");
            for (Event event : events) {
                if (event instanceof ClassPrepareEvent prepare) {
                    breakAtMove(requests, prepare.referenceType());
                } else if (event instanceof BreakpointEvent hit
                        && hit.thread().frame(1).location().method().name().equals("commit")
                        && hit.thread().frame(1).location().declaringType().name().endsWith(".StagedSiteWriter")
                        && ++movesInCommit == 2) {
                    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    killed = true;
                } else if (event instanceof VMDeathEvent || event instanceof VMDisconnectEvent) {
                    throw new AssertionError("the child ended before its swap");
                }
            }
            if (!killed) {
                events.resume();
            }
        }
        assertFalse(Files.exists(archive.site()), "killed between the renames: no published site for that moment");
        StagedSiteWriter.finishInterruptedSwap(archive.site()); // what the next build does first
        assertEquals(List.of(), SiteTree.of(archive.site()).differencesFrom(fresh), "the whole new site, once put back");
    }

    private static void breakAtMove(EventRequestManager requests, ReferenceType files) {
        files.methodsByName("move").forEach(move -> requests.createBreakpointRequest(move.location()).enable());
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
