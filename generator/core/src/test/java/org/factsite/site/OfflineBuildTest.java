package org.factsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never touches the network: the sample archive (sources with archived copies, images, two languages)
 * builds in a child JVM started in a network namespace of its own ({@code unshare --net}: no interface but a
 * loopback that is down) and with no proxy in its environment. Whatever the build tried to reach would fail it.
 */
class OfflineBuildTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();

    /** The child: builds the content folder {@code args[0]} into {@code args[1]}. */
    public static void main(String[] args) throws Exception {
        FactSite.build(BuildRequest.of(Path.of(args[0]), Path.of(args[1]))
                .withThemeDirectory(REPOSITORY.resolve("themes/default")));
    }

    @Test
    void theSampleArchiveBuildsWithoutANetwork(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(canUnshare() || System.getenv("CI") != null,
                "unshare --net is not permitted here (it needs root); CI runs this test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("unshare", "--net", java, "-cp", System.getProperty("java.class.path"),
                OfflineBuildTest.class.getName(), REPOSITORY.resolve("content").toString(), dir.resolve("site").toString()));
        ProcessBuilder child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.txt").toFile());
        for (String variable : List.of("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
            child.environment().remove(variable);
        }
        int status = child.start().waitFor();
        assertEquals(0, status, Files.readString(dir.resolve("child.txt")));
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/vi/index.html")));
    }

    private static boolean canUnshare() {
        try {
            return new ProcessBuilder("unshare", "--net", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
