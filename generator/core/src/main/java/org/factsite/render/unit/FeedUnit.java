package org.factsite.render.unit;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One feed of an edition (RSS, JSON Feed): its file, its key and the text made from it. The key names each
 * item by its claim's list-view key, so a feed whose claims did not change is kept as published.
 */
public record FeedUnit(String sitePath, Supplier<Map<String, Object>> key, Function<Map<String, Object>, String> text)
        implements Unit {

    @Override
    public String file() {
        return sitePath;
    }

    @Override
    public String maker() {
        return sitePath;
    }
}
