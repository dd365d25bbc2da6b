package org.factsite.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The raster image formats FactSite reads and cleans, known by a file's name: the one list that measuring,
 * stripping metadata, validating and making smaller copies share.
 */
public enum RasterFormat {
    JPEG(true), PNG(false), GIF(false), WEBP(true);

    private final boolean photo;

    RasterFormat(boolean photo) {
        this.photo = photo;
    }

    /**
     * Whether images of this format are mostly photos, which smaller copies make lighter; PNG and GIF hold
     * screenshots and drawings of flat colours, whose smaller copies are often heavier.
     */
    public boolean photo() {
        return photo;
    }

    /** The format {@code name}'s extension says, if it is one of these. */
    public static Optional<RasterFormat> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (lower.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (lower.endsWith(".gif")) {
            return Optional.of(GIF);
        }
        if (lower.endsWith(".webp")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }
}
