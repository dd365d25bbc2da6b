package org.factsite.validate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.RasterFormat;
import org.factsite.model.Resource;
import org.factsite.parse.ClaimDraft;
import org.factsite.text.Suggestions;
import org.factsite.text.WebAddresses;

/**
 * Files of a claim's folder must not replace its page. Images of a claim must exist (a file of the claim's folder, or a web address) and should say what they
 * show: a reader using a screen reader must learn what the screenshot contains.
 */
final class ImageChecks {

    private ImageChecks() {
    }

    /** @param maxImageBytes an image of the claim's folder larger than this is a warning */
    static void check(ClaimDraft draft, long maxImageBytes, Diagnostics diagnostics) {
        Set<String> files = new HashSet<>();
        for (Resource resource : draft.resources()) {
            String name = resource.name();
            files.add(name);
            checkSize(draft.file().resolveSibling(resource.path()), name, maxImageBytes, diagnostics);
            if (RasterFormat.of(name).isPresent() && resource.pixels().isEmpty()) {
                diagnostics.warning(draft.file().resolveSibling(resource.path()), 0, "this image cannot be read "
                        + "(damaged, or not the format its name says); it is published as it is, without its size "
                        + "or smaller copies: save it again as JPEG, PNG, GIF or WebP");
            }
            if (name.equals("index.html")) {
                diagnostics.error(draft.file().resolveSibling(name), 0, "this file would replace the claim's page; "
                        + "rename it");
            }
        }
        for (Resource resource : draft.resources()) {
            for (Resource.ImageCopy copy : resource.copies()) {
                if (files.contains(copy.name())) {
                    diagnostics.warning(draft.file().resolveSibling(copy.name()), 0, "this file has the name of the "
                            + copy.width() + " px copy FactSite makes of " + resource.name() + ", so narrow screens "
                            + "would be shown it instead of that photo; rename it");
                }
            }
        }
        for (ParsedMarkdown.ImageRef image : draft.article().images()) {
            checkSource(draft, image.url(), image.line(), files, diagnostics);
            if (image.alt().isEmpty()) {
                diagnostics.warning(draft.file(), image.line(), "the image `" + image.url() + "` has no alt text; "
                        + "describe what it shows: ![The post as it was shared](" + image.url() + ")");
            }
        }
        draft.image().ifPresent(image -> {
            checkSource(draft, image.src(), image.line(), files, diagnostics);
            if (image.alt().isEmpty()) {
                diagnostics.warning(draft.file(), image.line(), "the claim's image has no alt text; write "
                        + "`image: {src: " + image.src() + ", alt: What the image shows}`");
            }
        });
    }

    private static final java.util.regex.Pattern RASTER = java.util.regex.Pattern.compile(
            "(?i).*\\.(jpe?g|png|gif|webp|avif)");

    /** A large image is a warning: on a phone, a reader waits for every byte of it. */
    private static void checkSize(Path file, String name, long maxImageBytes, Diagnostics diagnostics) {
        if (!RASTER.matcher(name).matches()) {
            return;
        }
        try {
            long size = java.nio.file.Files.size(file);
            if (size > maxImageBytes) {
                diagnostics.warning(file, 0, "the image is " + readable(size) + ", over the " + readable(maxImageBytes)
                        + " the site allows (maxImageBytes in site.yaml); readers on phones wait for every byte: "
                        + "save it smaller (say 1600 pixels wide, JPEG quality 80)");
            }
        } catch (java.io.IOException e) {
            // unreadable: the copy reports it
        }
    }

    private static String readable(long bytes) {
        return bytes >= 1_048_576 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : Math.round(bytes / 1024.0) + " KB";
    }

    private static void checkSource(ClaimDraft draft, String src, int line, Set<String> files, Diagnostics diagnostics) {
        if (src.startsWith("http://") || src.startsWith("https://")) {
            WebAddresses.problem(src).ifPresent(p -> diagnostics.error(draft.file(), line, "image: " + p));
            return;
        }
        if (src.contains(":") || src.startsWith("/") || src.contains("..")) {
            diagnostics.error(draft.file(), line, "the image `" + src + "` must be a file beside the claim "
                    + "(e.g. `screenshot.png`) or a full https:// address");
            return;
        }
        if (!files.contains(src)) {
            boolean isFolder = draft.file().getFileName().toString().equals("index.md");
            Optional<String> meant = Suggestions.nearest(src, files);
            diagnostics.error(draft.file(), line, "the image `" + src + "` does not exist; " + (meant.isPresent()
                    ? "did you mean `" + meant.get() + "`, beside it? Write `" + meant.get() + "`"
                    : isFolder ? "put it in " + draft.file().getParent().getFileName() + "/ beside index.md"
                    : "write the claim as a folder, claims/" + draft.slug() + "/index.md, and put the image beside it"));
        }
    }
}
