package org.factsite.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.factsite.config.LanguageConfig;

/**
 * What a content file's name says: the name its address and translation key come from (the folder's, for a
 * claim folder's {@code index.md}), and on a site with several languages the language of {@code name.vi.md} or
 * {@code index.vi.md}.
 */
record FileName(String base, Optional<String> language) {

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
