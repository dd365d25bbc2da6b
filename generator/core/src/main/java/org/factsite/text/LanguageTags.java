package org.factsite.text;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** BCP 47 language tags as used in {@code <html lang>} and {@code hreflang}: {@code en}, {@code vi}, {@code en-GB}. */
public final class LanguageTags {

    private LanguageTags() {
    }

    public static boolean isValid(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
