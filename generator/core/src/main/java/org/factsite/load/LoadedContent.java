package org.factsite.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything found in the content folder besides site.yaml, before any parsing. Files are in path order. Claim files are
 * listed, not read: each is read by the task that parses it, so the archive's text is never held at once.
 *
 * @param pages       {@code pages/*.md}: about, methodology ...
 * @param staticFiles {@code static/**}, copied to the site root as they are
 * @param resources   for a claim written as a folder ({@code claims/<slug>/index.md}), the other files of the
 *                    folder, relative to it
 */
public record LoadedContent(Path contentDirectory, List<Path> claims,
        List<ContentFile> pages, List<Path> staticFiles, Map<Path, List<Path>> resources) {

    public LoadedContent {
        claims = List.copyOf(claims);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
        resources = Map.copyOf(resources);
    }

    public List<Path> resourcesOf(Path claim) {
        return resources.getOrDefault(claim, List.of());
    }
}
