package org.factsite.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkTest {

    @TempDir
    Path dir;

    /** A folder large enough to be looked at on every core lists as one looked at file by file would. */
    @Test
    void listsEveryRegularFileInPathOrderWithItsSizeAndTimes() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("claims"));
        for (int i = 0; i < 600; i++) {
            Files.writeString(folder.resolve("c" + i + ".md"), "x".repeat(i));
        }
        Files.createDirectories(folder.resolve("sub/deeper"));
        Files.writeString(folder.resolve("sub/deeper/index.md"), "deep");
        Files.setLastModifiedTime(folder.resolve("c7.md"), FileTime.from(1_700_000_000_123_456_789L,
                TimeUnit.NANOSECONDS));

        List<FileWalk.Entry> entries = FileWalk.files(folder);

        List<String> expected = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(p -> expected.add(folder.relativize(p).toString()
                    .replace('\\', '/')));
        }
        expected.sort(null);
        assertEquals(expected, entries.stream().map(FileWalk.Entry::relative).toList());
        FileWalk.Entry c7 = entries.stream().filter(e -> e.relative().equals("c7.md")).findFirst().orElseThrow();
        assertEquals(7, c7.size());
        assertEquals(folder.resolve("c7.md"), c7.file());
        assertEquals(1_700_000_000_123L, c7.modified());
        FileTime kept = Files.getLastModifiedTime(folder.resolve("c7.md")); // as precise as the file system keeps it
        assertEquals(kept.to(TimeUnit.NANOSECONDS), c7.modifiedNanos());
        assertEquals(Files.readAttributes(folder.resolve("c7.md"), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey(), c7.fileKey());
        assertFalse(c7.link());
    }

    @Test
    void followsLinksToFilesButNotToFoldersAndSkipsRefusedFolders() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("static"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(folder.resolve("real.txt"), "real");
        Files.createSymbolicLink(folder.resolve("linked.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("linked-folder"), outside);
        Files.createSymbolicLink(folder.resolve("nowhere.txt"), dir.resolve("missing.txt"));
        Files.createDirectories(folder.resolve("skipped"));
        Files.writeString(folder.resolve("skipped/a.txt"), "a");

        List<FileWalk.Entry> entries = FileWalk.files(folder, relative -> !relative.equals("skipped/"));

        assertEquals(List.of("linked.txt", "real.txt"), entries.stream().map(FileWalk.Entry::relative).toList());
        assertTrue(entries.get(0).link());
        assertEquals(6, entries.get(0).size(), "a link's size is its target's");
        assertEquals(List.of(), FileWalk.files(folder.resolve("linked-folder")), "a folder that is a link is not walked");
        assertEquals(List.of(), FileWalk.files(dir.resolve("absent")));
    }
}
