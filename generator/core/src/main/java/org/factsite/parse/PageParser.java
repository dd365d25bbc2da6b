package org.factsite.parse;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.markdown.CitationState;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.text.LanguageTags;
import org.factsite.text.Slugs;

/** Reads a plain page: about, methodology, corrections policy, funding. */
public final class PageParser {

    public static final Set<String> FIELDS = Set.of("title", "slug", "menu", "description", "lang");

    private final YamlReader yaml;
    private final MarkdownEngine markdown;

    public PageParser(YamlReader yaml, MarkdownEngine markdown) {
        this.yaml = yaml;
        this.markdown = markdown;
    }

    /** The page, or empty when it has errors (all reported). */
    public Optional<PageDraft> parse(ContentFile file, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Path path = file.path();
        Optional<YamlNode.Mapping> root = yaml.readMapping(split.get().yaml(), split.get().yamlFirstLine(), path,
                diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics local = new Diagnostics();
        Fields f = new Fields(new YamlNode.Mapping(root.get().entries(), 1), path, local, "");
        f.rejectUnknown(FIELDS, "a page");
        Optional<String> title = f.requiredText("title", "About us");
        String slug = f.text("slug").orElse(Slugs.slugify(path.getFileName().toString().replaceFirst("\\.md$", "")));
        if (!Slugs.isValid(slug)) {
            f.error("slug", "the page address `" + slug + "` may hold only a-z, 0-9 and single hyphens; "
                    + "set e.g. `slug: " + Slugs.slugify(slug).replaceFirst("^$", "about") + "`");
        }
        Optional<String> language = f.text("lang");
        if (language.isPresent() && !LanguageTags.isValid(language.get())) {
            f.error("lang", "`lang` must be a language tag such as `en` or `vi`, not `" + language.get() + "`");
        }
        OptionalInt menu = f.integer("menu").map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<String> description = f.text("description");
        // A plain page's only heading of its own is h1: its article's headings start at h2.
        ParsedMarkdown body = markdown.parse(split.get().body(), split.get().bodyFirstLine(), path, local, 2);
        diagnostics.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PageDraft(path, slug, f.lineOf("slug"), title.orElseThrow(), description, language,
                menu, markdown.render(body, new CitationState(Set.of()))));
    }
}
