package org.factsite.validate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.model.Page;

/**
 * A page in a language the theme has no messages for shows its labels in English: a warning, at the first file
 * written in that language, names the messages file to add. Checked per edition, once the theme is known.
 */
public final class ThemeLanguageChecks {

    private ThemeLanguageChecks() {
    }

    /** @param translated whether the theme translates into a language (see the renderer's {@code Theme}) */
    public static void check(Editions editions, Predicate<String> translated, Diagnostics diagnostics) {
        editions.all().forEach(edition -> check(edition, translated, diagnostics));
    }

    private static void check(Archive edition, Predicate<String> translated, Diagnostics diagnostics) {
        Set<String> languages = new TreeSet<>();
        languages.add(edition.site().language());
        Map<String, Path> firstFile = new HashMap<>();
        for (Claim claim : edition.claims()) {
            languages.add(claim.language());
            firstFile.putIfAbsent(claim.language(), claim.file());
        }
        for (Page page : edition.pages()) {
            languages.add(page.language());
            firstFile.putIfAbsent(page.language(), page.file());
        }
        for (String language : languages) {
            if (!translated.test(language)) {
                Path file = Optional.ofNullable(firstFile.get(language)).orElse(Path.of("site.yaml"));
                diagnostics.warning(file, 0, "the theme has no translation for `" + language + "` (i18n/"
                        + language + ".properties); its labels appear in English");
            }
        }
    }
}
