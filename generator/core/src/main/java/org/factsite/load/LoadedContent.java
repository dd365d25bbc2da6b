package org.factsite.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything found in the content folder besides site.yaml, before any parsing. Files are in path order. Claim files are
 * listed, not read: each is read by the task that parses it, so the archive's text is never held at once.
 *
 * @param claimFiles  {@code claims/**\/*.md}, with the size and times the listing found
 * @param pages       {@code pages/*.md}: about, methodology ...
 * @param staticFiles {@code static/**}, copied to the site root as they are
 * @param resources   for a claim written as a folder ({@code claims/<slug>/index.md}), the other files of the
 *                    folder, relative to it
 */
public record LoadedContent(Path contentDirectory, List<FileWalk.Entry> claimFiles,
        List<ContentFile> pages, List<Path> staticFiles, Map<Path, List<Path>> resources) {

    public LoadedContent {
        claimFiles = List.copyOf(claimFiles);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
        resources = Map.copyOf(resources);
    }

    /** The claim files, in path order. */
    public List<Path> claims() {
        return claimFiles.stream().map(FileWalk.Entry::file).toList();
    }

    public List<Path> resourcesOf(Path claim) {
        return resources.getOrDefault(claim, List.of());
    }
}
