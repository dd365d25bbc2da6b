package org.factsite.render.unit;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An image the renderer makes (a share card, a photo's smaller copy): its file, its key (what it shows) and its
 * bytes, made from the key.
 */
public record ImageUnit(String sitePath, Supplier<Map<String, Object>> key, Function<Map<String, Object>, byte[]> bytes,
        Made made) implements Unit {

    /** What kind of image it is, for the build's summary. */
    public enum Made { SHARE_CARD, SMALLER_COPY }

    @Override
    public String file() {
        return sitePath;
    }

    @Override
    public String maker() {
        return made == Made.SHARE_CARD ? "image" : "smaller copy";
    }
}
