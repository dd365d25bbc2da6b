package org.factsite.render.card;

import java.awt.Color;
import java.util.Map;

/**
 * How cards look, from the theme's {@code card/card.properties} (the default theme's, overlaid by the desk's):
 * colours, sizes, the fonts' file names. A value that cannot be read is an error naming the key.
 */
record CardStyle(Color background, Color text, Color muted, Color rule, int bandHeight, Color bandText,
        Color siteBand, int verdictSize, int claimSize, int claimLines, int metaSize, int margin, String fontRegular,
        String fontBold, String fontSymbols, int logoHeight) {

    static CardStyle of(Map<String, String> values) {
        return new CardStyle(colour(values, "background"), colour(values, "text"), colour(values, "muted"),
                colour(values, "rule"), number(values, "bandHeight"), colour(values, "bandText"),
                colour(values, "siteBand"), number(values, "verdictSize"), number(values, "claimSize"),
                number(values, "claimLines"), number(values, "metaSize"), number(values, "margin"),
                text(values, "fontRegular"), text(values, "fontBold"), text(values, "fontSymbols"),
                number(values, "logoHeight"));
    }

    static Color colour(String value) {
        if (value == null || !value.matches("#[0-9a-fA-F]{6}")) {
            return null;
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    private static Color colour(Map<String, String> values, String key) {
        Color colour = colour(values.get(key));
        if (colour == null) {
            throw new IllegalArgumentException("card.properties: `" + key + "` must be a colour written #rrggbb, not `"
                    + values.get(key) + "`");
        }
        return colour;
    }

    private static int number(Map<String, String> values, String key) {
        String value = text(values, key);
        if (!value.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("card.properties: `" + key + "` must be a whole number of pixels, not `"
                    + value + "`");
        }
        return Integer.parseInt(value);
    }

    private static String text(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("card.properties: `" + key + "` is missing");
        }
        return value.trim();
    }
}
