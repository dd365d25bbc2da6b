package org.factsite.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    /** Letters without their accents ({@code "Đảo Lý Sơn"} becomes {@code "Dao Ly Son"}); case is kept. */
    public static String foldAccents(String text) {
        if (isAscii(text)) {
            return text; // nothing to fold; the common case of English text, without normalising
        }
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    /**
     * Transliterates to ASCII and hyphenates: {@code "Căn cước điện tử"} becomes {@code "can-cuoc-dien-tu"}.
     * Letters with no decomposition other than đ/Đ (Vietnamese) are dropped.
     */
    public static String slugify(String text) {
        String s = foldAccents(text).toLowerCase(Locale.ROOT);
        // Runs of anything but [a-z0-9] become one hyphen, none at either end (a scan: this runs for every tag,
        // claimant and question of every build).
        StringBuilder slug = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(c);
            } else {
                gap = true;
            }
        }
        return slug.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
