package org.factsite.render.unit;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** An image the renderer draws (a share card): its file, its key (what it shows) and its bytes, drawn from the key. */
public record ImageUnit(String sitePath, Supplier<Map<String, Object>> key, Function<Map<String, Object>, byte[]> bytes)
        implements Unit {

    @Override
    public String file() {
        return sitePath;
    }

    @Override
    public String maker() {
        return "image";
    }
}
