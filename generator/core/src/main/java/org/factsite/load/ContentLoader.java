package org.factsite.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.image.ImageCodecs;
import org.factsite.model.Resource;

/** First stage: finds the archive's files and reads them as text. Knows nothing of their format. */
public final class ContentLoader {

    public static final String SITE_CONFIG = "site.yaml";
    /** Beside the content folder: the site's own themes, {@code themes/<name>} for {@code theme: <name>}. */
    public static final String THEMES_FOLDER = "themes";
    public static final String CLAIMS_FOLDER = "claims";
    public static final String PAGES_FOLDER = "pages";
    public static final String STATIC_FOLDER = "static";
    /** A claim written as a folder: {@code claims/<slug>/index.md} with its images beside it. */
    public static final String BUNDLE_FILE = "index.md";
    /** A claim folder's file: {@code index.md}, or a translation's {@code index.vi.md}. */
    private static final java.util.regex.Pattern BUNDLE = java.util.regex.Pattern
            .compile("index(\\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?\\.md");

    private final long maxFileBytes;

    /** The folder of a desk's own themes, beside the content folder. */
    public static Path themesFolder(Path contentDirectory) {
        return contentDirectory.resolveSibling(THEMES_FOLDER);
    }

    public ContentLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The files of a claim's folder, each image with its size: read here, by the task that parses the claim, as
     * its header is all that is read (the pixels are decoded only for smaller copies, when the site is written).
     */
    public List<Resource> resources(Path claim, LoadedContent content, ImageCodecs images) {
        Path folder = claim.getParent();
        return content.resourcesOf(claim).stream()
                .map(file -> new Resource(file, images.size(folder.resolve(file)))).toList();
    }

    /** Reads {@code site.yaml}; null, with a diagnostic, when the archive has none or it cannot be read. */
    public ContentFile readSiteConfig(Path contentDirectory, Diagnostics diagnostics) {
        Path siteFile = contentDirectory.resolve(SITE_CONFIG);
        if (!Files.isRegularFile(siteFile)) {
            diagnostics.error(siteFile, 0, "the archive has no " + SITE_CONFIG
                    + "; create it with at least `title:` and `baseUrl:` (FactSite's docs/content-format.md lists every field)");
            return null;
        }
        return read(siteFile, diagnostics);
    }

    /**
     * Reads every {@code pages/**\/*.md}, and lists the claim files, static files and the files of claim folders
     * (site.yaml is read on its own, first: {@link #readSiteConfig}). Unreadable files become diagnostics; the
     * returned content holds only the files that could be read.
     */
    public LoadedContent load(Path contentDirectory, Diagnostics diagnostics) {
        Inside inside = new Inside(contentDirectory, diagnostics);
        List<FileWalk.Entry> claimFiles = inside.kept(markdownFiles(contentDirectory.resolve(CLAIMS_FOLDER)));
        List<Path> claims = claimFiles.stream().map(FileWalk.Entry::file).toList();
        List<ContentFile> pages = readAll(inside.only(markdownFiles(contentDirectory.resolve(PAGES_FOLDER))),
                diagnostics);
        Map<Path, List<Path>> resources = new HashMap<>();
        for (Path claim : claims) {
            if (BUNDLE.matcher(claim.getFileName().toString()).matches()) {
                Path folder = claim.getParent();
                resources.put(claim, inside.only(FileWalk.files(folder)).stream()
                        .filter(p -> !p.getFileName().toString().endsWith(".md"))
                        .map(folder::relativize)
                        .toList());
            }
        }
        return new LoadedContent(contentDirectory, claimFiles, pages,
                inside.only(FileWalk.files(contentDirectory.resolve(STATIC_FOLDER))), resources);
    }

    /**
     * Keeps files whose real location is inside the content folder. A symbolic link to a file elsewhere
     * (say, ~/.ssh/id_rsa) would otherwise be read or published: it is an error.
     */
    private static final class Inside {
        private final Path realRoot;
        private final Diagnostics diagnostics;

        Inside(Path contentDirectory, Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
            Path real;
            try {
                real = contentDirectory.toRealPath();
            } catch (IOException e) {
                real = contentDirectory.toAbsolutePath().normalize();
            }
            this.realRoot = real;
        }

        List<Path> only(List<FileWalk.Entry> files) {
            return kept(files).stream().map(FileWalk.Entry::file).toList();
        }

        List<FileWalk.Entry> kept(List<FileWalk.Entry> files) {
            List<FileWalk.Entry> kept = new ArrayList<>();
            for (FileWalk.Entry entry : files) {
                Path file = entry.file();
                if (!entry.link()) {
                    kept.add(entry); // found by walking the folder without following links: inside
                    continue;
                }
                try {
                    Path real = file.toRealPath();
                    if (real.startsWith(realRoot)) {
                        kept.add(entry);
                    } else {
                        diagnostics.error(file, 0, "this is a link to " + real + ", outside the content folder; "
                                + "copy the file into the content folder instead");
                    }
                } catch (IOException e) {
                    diagnostics.error(file, 0, "this link leads nowhere (" + e.getMessage() + "); remove it");
                }
            }
            return kept;
        }
    }

    /** Reads files in parallel; problems are reported in file order, whatever the scheduling. */
    private List<ContentFile> readAll(List<Path> files, Diagnostics diagnostics) {
        record Read(ContentFile file, Diagnostics diagnostics) {
        }
        List<Read> reads = files.parallelStream().map(file -> {
            Diagnostics own = new Diagnostics();
            return new Read(read(file, own), own);
        }).toList();
        List<ContentFile> read = new ArrayList<>();
        for (Read r : reads) {
            diagnostics.addAll(r.diagnostics());
            if (r.file() != null) {
                read.add(r.file());
            }
        }
        return read;
    }

    private static List<FileWalk.Entry> markdownFiles(Path folder) {
        return FileWalk.files(folder).stream().filter(e -> e.relative().endsWith(".md")).toList();
    }

    /** The file as text, or null after reporting why it cannot be read (too big, empty, not UTF-8 ...). */
    public ContentFile read(Path file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                diagnostics.error(file, 0, "the file is " + size + " bytes, over the limit of " + maxFileBytes
                        + " bytes; split it, or raise the limit (maxFileBytes) if it is really meant to be this big");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(file, 0, "cannot read the file: " + e.getMessage());
            return null;
        }
        if (bytes.length == 0) {
            diagnostics.error(file, 0, "the file is empty; write the front matter between `---` lines, or delete it");
            return null;
        }
        try {
            return new ContentFile(file, normalise(decodeUtf8(bytes)));
        } catch (MalformedInputException e) {
            diagnostics.error(file, lineOfByte(bytes, firstInvalidByte(bytes)),
                    "the file is not valid UTF-8; save it with UTF-8 encoding in your editor");
            return null;
        } catch (CharacterCodingException e) {
            diagnostics.error(file, 0, "the file is not valid UTF-8; save it with UTF-8 encoding in your editor");
            return null;
        }
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Drops a byte-order mark and turns CRLF and lone CR into LF. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstInvalidByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
