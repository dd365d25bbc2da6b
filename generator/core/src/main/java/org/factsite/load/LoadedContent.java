package org.factsite.load;

import java.nio.file.Path;
import java.util.List;

/** Everything read from the content folder, before any parsing. Claim files are in path order. */
public record LoadedContent(Path contentDirectory, ContentFile siteConfig, List<ContentFile> claims) {

    public LoadedContent {
        claims = List.copyOf(claims);
    }
}
