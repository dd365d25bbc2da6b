package org.factsite.config;

import java.util.Map;
import java.util.Optional;

/**
 * Text given per language ({@code {en: False, vi: Sai}}) or once for all languages. A language tag such as
 * {@code en-GB} falls back to {@code en}. Empty when the site gave none (the theme's messages apply then).
 */
public record LocalizedText(Map<String, String> byLanguage, Optional<String> anyLanguage) {

    public static final LocalizedText NONE = new LocalizedText(Map.of(), Optional.empty());

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(), Optional.of(text));
    }

    public Optional<String> in(String language) {
        String exact = byLanguage.get(language);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dash = language.indexOf('-');
        if (dash > 0 && byLanguage.containsKey(language.substring(0, dash))) {
            return Optional.of(byLanguage.get(language.substring(0, dash)));
        }
        return anyLanguage;
    }
}
