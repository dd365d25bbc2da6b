package org.factsite.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
 * write is marked, and a check that still holds a mark is never published. Today is the site's today (its time
 * zone); an existing file is never replaced.
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
            Files.writeString(target, text(site.get().language(), title, today, site.get().verdicts().keys()),
                    StandardCharsets.UTF_8,
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
     * The file: a draft whose every field is present, with a comment saying what goes there, in the site's
     * language when FactSite has the text in it ({@code new-claim.<language>.md} beside this class; else English).
     * What only the desk can decide (the claim, the verdict, the sources, the article) is left as the
     * {@link Unfinished#MARKER}, which no build publishes; the verdict is not pre-chosen.
     */
    static String text(String language, String title, LocalDate today, List<String> verdicts) {
        String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
        InputStream in = ClaimScaffold.class.getResourceAsStream("new-claim." + primary + ".md");
        try (InputStream template = in != null ? in : ClaimScaffold.class.getResourceAsStream("new-claim.en.md")) {
            return new String(template.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{verdicts}", String.join(", ", verdicts))
                    .replace("{today}", today.toString())
                    .replace("{title}", quoted(title)); // last: a title may hold any text
        } catch (IOException e) {
            throw new UncheckedIOException("the scaffold's template is missing from FactSite's jar", e);
        }
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
