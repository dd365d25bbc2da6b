package org.factsite.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factsite.config.LanguageConfig;
import org.factsite.text.LanguageTags;

/**
 * What a content file's name says: the name its address and translation key come from (the folder's, for a
 * claim folder's {@code index.md}), and on a site with several languages the language of {@code name.vi.md} or
 * {@code index.vi.md}.
 */
record FileName(String base, Optional<String> language) {

    /**
     * The file's language: its name's ({@code name.vi.md}), else its {@code lang:}; a {@code lang:} that is no
     * language tag, or that contradicts the name, is reported.
     *
     * @param what "claim" or "page", for the message
     */
    Optional<String> languageWith(Fields f, String what) {
        Optional<String> lang = f.text("lang");
        if (lang.isPresent() && !LanguageTags.isValid(lang.get())) {
            f.error("lang", "`lang` must be a language tag such as `en` or `vi`, not `" + lang.get() + "`");
            lang = Optional.empty();
        }
        if (language.isPresent() && lang.isPresent() && !lang.equals(language)) {
            f.error("lang", "the file name says the " + what + " is in `" + language.get() + "` and `lang:` says `"
                    + lang.get() + "`; remove `lang:` or rename the file");
        }
        return language.isPresent() ? language : lang;
    }

    static FileName of(Path path, List<LanguageConfig> languages) {
        String name = path.getFileName().toString().replaceFirst("\\.md$", "");
        Optional<String> language = Optional.empty();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String suffix = name.substring(dot + 1);
            language = languages.stream().map(LanguageConfig::code).filter(code -> code.equalsIgnoreCase(suffix))
                    .findFirst();
            if (language.isPresent()) {
                name = name.substring(0, dot);
            }
        }
        if (name.equals("index") && path.getParent() != null) {
            name = path.getParent().getFileName().toString();
        }
        return new FileName(name, language);
    }
}
