package org.factsite.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file of a claim's folder (an image, a PDF ...), published beside the claim's page.
 *
 * @param path   relative to the folder
 * @param pixels an image's size, when the file is an image FactSite can read; pages give it as width and height
 *               so that they do not jump while the image loads
 */
public record Resource(Path path, Optional<PixelSize> pixels) {

    /**
     * Widths of the smaller copies made of a wide photo, for phones and narrow windows: about one, two and three
     * times a phone's width. A photo gets those narrower than itself.
     */
    static final List<Integer> COPY_WIDTHS = List.of(480, 960, 1440);
    /** The theme's text column is about 704 CSS pixels: an image no wider is shown at its own size. */
    static final int COLUMN_WIDTH = 704;
    /** What the browser is told about the width an image takes (the column's, or the window's on a phone). */
    public static final String SIZES = "(max-width: 46rem) calc(100vw - 2rem), 44rem";

    public Resource {
        pixels = pixels == null ? Optional.empty() : pixels;
    }

    /** The path with {@code /} separators, as pages name it. */
    public String name() {
        return path.toString().replace('\\', '/');
    }

    /**
     * The smaller copies of this image, narrowest first: for photos (JPEG, WebP) wider than the column. A PNG or
     * GIF (screenshots, drawings: flat colours a lossless format keeps small) has none, as a smaller PNG is
     * often heavier than the original.
     */
    public List<ImageCopy> copies() {
        if (pixels.isEmpty() || pixels.get().width() <= COLUMN_WIDTH
                || !RasterFormat.of(name()).map(RasterFormat::photo).orElse(false)) {
            return List.of();
        }
        PixelSize size = pixels.get();
        String name = name();
        String stem = name.substring(0, name.lastIndexOf('.'));
        return COPY_WIDTHS.stream().filter(width -> width < size.width())
                .map(width -> new ImageCopy(stem + "." + width + "w.jpg", width,
                        Math.max(1, Math.round((float) size.height() * width / size.width()))))
                .toList();
    }

    /** The {@code srcset} of the image: its copies and itself; empty without copies. */
    public String srcset(String prefix) {
        List<ImageCopy> copies = copies();
        if (copies.isEmpty()) {
            return "";
        }
        StringBuilder srcset = new StringBuilder();
        for (ImageCopy copy : copies) {
            srcset.append(prefix).append(copy.name()).append(' ').append(copy.width()).append("w, ");
        }
        return srcset.append(prefix).append(name()).append(' ').append(pixels.get().width()).append('w').toString();
    }

    /** A smaller copy of a photo: a JPEG beside it, {@code photo.480w.jpg}. */
    public record ImageCopy(String name, int width, int height) {
    }
}
