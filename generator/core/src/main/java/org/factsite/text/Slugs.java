package org.factsite.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Letters without their accents ({@code "Đảo Lý Sơn"} becomes {@code "Dao Ly Son"}); case is kept. */
    public static String foldAccents(String text) {
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
        s = NOT_ALNUM.matcher(s).replaceAll("-");
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
