package org.factsite.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.load.ContentLoader;
import org.factsite.parse.SiteConfigParser;
import org.factsite.parse.Unfinished;
import org.factsite.parse.YamlReader;
import org.factsite.site.BuildRequest;
import org.factsite.text.Slugs;

/**
 * Writes a new claim file with every field present and explained, so an author fills in a form instead of
 * remembering the format. It is valid as written (a check passes on it) and a draft; what the desk must still
 * write is marked, and a check that still holds a mark is never published. Today is the site's today (its time zone); an existing file is never replaced.
 */
public final class ClaimScaffold {

    private ClaimScaffold() {
    }

    /**
     * Writes {@code claims/<slug>.md} in {@code contentDirectory}.
     *
     * @param slug the file name without {@code .md}; empty: made from the title
     * @return the file written
     * @throws ContentErrorsException when there is no valid site.yaml, the title makes no file name, or the
     *                                file exists
     */
    public static Path write(Path contentDirectory, String title, Optional<String> slug, Clock clock, Path reportRoot)
            throws ContentErrorsException {
        Diagnostics diagnostics = new Diagnostics();
        Path siteFile = contentDirectory.resolve(ContentLoader.SITE_CONFIG);
        String name = slug.filter(s -> !s.isBlank()).orElseGet(() -> Slugs.slugify(title));
        if (title.isBlank()) {
            diagnostics.error(contentDirectory, 0, "the new claim needs a title: the question it answers, e.g. "
                    + "-Dtitle=\"Is X true?\"");
        } else if (!Slugs.isValid(name)) {
            diagnostics.error(contentDirectory, 0, "`" + name + "` cannot be a file name; give one with lowercase "
                    + "letters, digits and hyphens (slug)");
        }
        Optional<SiteConfig> site = Optional.empty();
        if (!Files.isRegularFile(siteFile)) {
            diagnostics.error(siteFile, 0, "there is no site.yaml here; run this in the archive's folder or point "
                    + "contentDirectory at its content/ folder");
        } else {
            long limit = BuildRequest.DEFAULT_MAX_FILE_BYTES; // site.yaml is read as a default build reads it
            ContentFile file = new ContentLoader(limit).read(siteFile, diagnostics);
            site = file == null ? Optional.empty()
                    : new SiteConfigParser(new YamlReader((int) limit)).parse(file, Optional.empty(), diagnostics);
        }
        if (diagnostics.hasErrors() || site.isEmpty()) {
            throw new ContentErrorsException(diagnostics.sorted(), reportRoot);
        }
        Path target = contentDirectory.resolve(ContentLoader.CLAIMS_FOLDER).resolve(name + ".md");
        LocalDate today = LocalDate.now(clock.withZone(site.get().timezone()));
        try {
            Files.createDirectories(target.getParent());
            if (Files.isDirectory(target.resolveSibling(name))) {
                throw new FileAlreadyExistsException(target.resolveSibling(name).toString());
            }
            Files.writeString(target, text(title, today, site.get().verdicts().keys()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            diagnostics.error(Path.of(e.getFile()), 0, "a claim with this name exists already; it is left as it is. "
                    + "Choose another title or slug");
            throw new ContentErrorsException(diagnostics.sorted(), reportRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    /**
     * The file: a draft whose every field is present, with a comment saying what goes there. What only the desk
     * can decide (the claim, the verdict, the sources, the article) is left as the {@link Unfinished#MARKER}, which
     * no build publishes; the verdict is not pre-chosen.
     */
    static String text(String title, LocalDate today, List<String> verdicts) {
        return """
                ---
                # A new fact check. Replace every TODO, write the analysis below the second ---, preview it
                # (mvn site:serve), then delete the line `draft: true` to publish it. A check that still holds a
                # TODO is never published: the build names each one.
                # An empty field means "not given"; a # starts a comment.
                title: %s   # the question readers ask
                claim: "TODO: the claim in one sentence, as it circulated"   # required
                verdict: TODO   # required; choose one of: %s
                checked: %s   # the day the check was finished (YYYY-MM-DD)
                updated:   # the day it was last revised, if it was
                claimant:   # who made the claim: a name, or {name: ..., url: https://...}
                appearances: []   # where the claim appeared: [https://...]
                authors: []   # who checked it: [Ann Writer, Bo Checker]
                tags: []   # topics: [health, elections]
                summary:   # the verdict in one short paragraph; it may cite sources: [1]
                sources:   # cite each in the text by its id: [1], [2] ...
                  - id: 1
                    title: "TODO: the name of the source"
                    url:   # its address: https://...
                    publisher:   # who published it
                    date:   # when (YYYY-MM-DD)
                    archived:   # the address of an archived copy
                related: []   # follow-up questions readers ask; each links to the claim that answers it
                slug:   # the page's address; empty: the file name
                lang:   # the page's language when it is not the site's (en, vi ...)
                image:   # the claim as it circulated: {src: post.png, alt: what the image shows}
                corrections: []   # - {date: YYYY-MM-DD, note: what was corrected}
                draft: true   # shown only in the preview; delete this line to publish
                ---
                TODO: write the analysis here, in Markdown. Cite sources by their id, like this [1].
                """.formatted(quoted(title), String.join(", ", verdicts), today);
    }

    /** A YAML double-quoted scalar: any title is read back as the same text. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.strip().codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
