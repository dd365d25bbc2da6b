package org.factsite.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Question text compared as readers mean it: case, punctuation, quote style and spacing do not matter. */
public final class Questions {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^#%+]]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Questions() {
    }

    /** {@code "Is 5G  ‘safe’?"} and {@code "is 5g 'safe'"} both become {@code "is 5g safe"}. */
    public static String normalize(String question) {
        String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
