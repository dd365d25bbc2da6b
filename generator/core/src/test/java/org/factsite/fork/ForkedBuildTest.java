package org.factsite.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.site.BuildRequest;
import org.factsite.site.BuildResult;
import org.factsite.site.CheckResult;
import org.factsite.site.FactSite;
import org.factsite.testing.Fixtures;
import org.factsite.testing.SiteTree;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build in a JVM of its own answers as the same build in this JVM: the same files, result and diagnostics. */
class ForkedBuildTest {

    @TempDir
    Path dir;

    /** This JVM's class path: under Surefire, its booter jar whose manifest lists the rest. */
    private static List<Path> classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    @Test
    void aForkedBuildWritesWhatAnInProcessBuildWrites() throws Exception {
        BuildRequest here = Fixtures.build(Fixtures.GOLDEN, dir.resolve("here"), "https://desk.example/checks/");
        BuildResult expected = FactSite.build(here);
        List<String> log = new ArrayList<>();
        BuildResult forked = ForkedBuild.run(here.withOutputDirectory(dir.resolve("forked")),
                ForkOptions.of(classpath()), log::add);
        assertEquals(List.of(), SiteTree.of(dir.resolve("forked")).differencesFrom(SiteTree.of(dir.resolve("here"))));
        assertEquals(expected.warnings(), forked.warnings(), "warnings with file, line and text");
        assertEquals(List.of(expected.claims(), expected.filesWritten(), expected.bytesWritten()),
                List.of(forked.claims(), forked.filesWritten(), forked.bytesWritten()));
        assertEquals(List.of(), log, "nothing besides the answer");
    }

    @Test
    void theArchivesErrorsComeBackAsTheyAreFoundFromABuildAndACheck() {
        TestArchive archive = TestArchive.of(dir, """
                -- content/claims/a.md --
                ---
                title: "Is it?"
                claim: "It is."
                verdict: nonsense
                checked: 2025-01-01
                ---
                Text with a tab\there and [7].
                """);
        ContentErrorsException here = assertThrows(ContentErrorsException.class, () -> FactSite.build(archive.request()));
        ContentErrorsException forked = assertThrows(ContentErrorsException.class,
                () -> ForkedBuild.run(archive.request(), ForkOptions.of(classpath()), line -> { }));
        assertTrue(here.diagnostics().size() >= 2, here.report());
        assertEquals(here.diagnostics(), forked.diagnostics());
        assertEquals(here.report(), forked.report());
        assertTrue(Files.notExists(archive.site()), "nothing written");

        ContentErrorsException checkedHere = assertThrows(ContentErrorsException.class,
                () -> FactSite.check(archive.request()));
        ContentErrorsException checkedForked = assertThrows(ContentErrorsException.class,
                () -> ForkedBuild.check(archive.request(), ForkOptions.of(classpath()), line -> { }));
        assertEquals(here.diagnostics(), checkedHere.diagnostics(), "a check finds what a build finds");
        assertEquals(checkedHere.report(), checkedForked.report());
    }

    @Test
    void aForkedCheckAnswersAsAnInProcessCheck() throws Exception {
        BuildRequest request = TestArchive.of(dir, "-- content/claims/a.md --\n" + TestArchive.claim("Is it?",
                "related:\n  - Is B true?\n  - Is B true?\n", "Body.\n")).request(); // a question listed twice
        CheckResult expected = FactSite.check(request);
        List<String> log = new ArrayList<>();
        CheckResult forked = ForkedBuild.check(request, ForkOptions.of(classpath()), log::add);
        assertEquals(expected, forked, "claims, pages, claims parsed, and every warning with file, line and text");
        assertTrue(expected.claims() > 0 && !expected.warnings().isEmpty(), "a fixture with claims and warnings");
        assertTrue(Files.notExists(dir.resolve("target")), "a check writes nothing");
        assertEquals(List.of(), log, "nothing besides the answer");
    }

    /**
     * The JDK archives classes from jars only, as the plugin runs from: the class path of these tests (or of the
     * booter jar's manifest, where Surefire uses one) with every class folder made a jar.
     */
    private List<Path> jars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path entry : classpath()) {
            if (Files.isDirectory(entry)) {
                jars.add(jar(entry, dir.resolve("jars").resolve(jars.size() + ".jar")));
                continue;
            }
            try (JarFile booter = new JarFile(entry.toFile())) {
                String listed = booter.getManifest() == null ? null
                        : booter.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                if (listed == null) {
                    jars.add(entry);
                    continue;
                }
                for (String url : listed.trim().split("\\s+")) {
                    Path p = Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                            : entry.toUri().resolve(url));
                    jars.add(Files.isDirectory(p) ? jar(p, dir.resolve("jars").resolve(jars.size() + ".jar")) : p);
                }
            }
        }
        return jars;
    }

    private static Path jar(Path folder, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theFirstBuildMakesAClassDataArchiveAndLaterBuildsUseIt() throws Exception {
        Path classData = dir.resolve("class-data");
        ForkOptions options = ForkOptions.of(jars()).withClassData(classData);
        BuildRequest request = Fixtures.build(Fixtures.GOLDEN, dir.resolve("site"), "https://desk.example/checks/");
        Files.createDirectories(classData);
        Files.writeString(classData.resolve("factsite-0123456789abcdef-build.jsa"), "of another JDK or plugin version");
        ForkedBuild.run(request, options, line -> { });
        List<Path> archives = files(classData);
        assertEquals(1, archives.size(), "one archive, no temporary file or older archive left: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("factsite-[0-9a-f]{16}-build\\.jsa"), archives.toString());
        long made = Files.getLastModifiedTime(archives.get(0)).toMillis();

        List<String> log = new ArrayList<>();
        ForkedBuild.run(request.withOutputDirectory(dir.resolve("again")), options, log::add);
        assertEquals(archives, files(classData));
        assertEquals(made, Files.getLastModifiedTime(archives.get(0)).toMillis(), "mapped, not made again");
        assertEquals(List.of(), SiteTree.of(dir.resolve("again")).differencesFrom(SiteTree.of(dir.resolve("site"))));
        assertEquals(List.of(), log);

        ForkedBuild.check(request, options, line -> { });
        List<Path> both = files(classData);
        assertEquals(2, both.size(), "a check makes an archive of its own beside the build's: " + both);
        assertTrue(both.contains(archives.get(0)), "and leaves the build's: " + both);
    }

    @Test
    void aBuildJvmThatCannotStartIsAClearFailure() {
        ForkOptions options = ForkOptions.of(classpath()).withJvmArgs(List.of("-XX:+NoSuchOption"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ForkedBuild.run(
                Fixtures.build(Fixtures.GOLDEN, dir.resolve("site"), "https://desk.example/checks/"), options,
                line -> { }));
        assertTrue(e.getMessage().contains("exit status 1"), e.getMessage());
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
