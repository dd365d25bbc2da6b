package org.factsite.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything read from the content folder, before any parsing. Files are in path order.
 *
 * @param pages       {@code pages/*.md}: about, methodology ...
 * @param staticFiles {@code static/**}, copied to the site root as they are
 * @param resources   for a claim written as a folder ({@code claims/<slug>/index.md}), the other files of the
 *                    folder, relative to it
 */
public record LoadedContent(Path contentDirectory, ContentFile siteConfig, List<ContentFile> claims,
        List<ContentFile> pages, List<Path> staticFiles, Map<Path, List<Path>> resources) {

    public LoadedContent {
        claims = List.copyOf(claims);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
        resources = Map.copyOf(resources);
    }

    public List<Path> resourcesOf(ContentFile claim) {
        return resources.getOrDefault(claim.path(), List.of());
    }
}
