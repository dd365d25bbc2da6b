package org.factsite.parse;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.factsite.config.LanguageConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.markdown.CitationState;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.text.Slugs;

/** Reads a plain page: about, methodology, corrections policy, funding. */
public final class PageParser {

    public static final Set<String> FIELDS = Set.of("title", "slug", "menu", "description", "lang", "draft");

    private final YamlReader yaml;
    private final MarkdownEngine markdown;
    private final List<LanguageConfig> languages;

    public PageParser(YamlReader yaml, MarkdownEngine markdown) {
        this(yaml, markdown, List.of());
    }

    /** @param languages the site's languages when it has several: {@code about.vi.md} is then the {@code vi} page {@code about} */
    public PageParser(YamlReader yaml, MarkdownEngine markdown, List<LanguageConfig> languages) {
        this.yaml = yaml;
        this.markdown = markdown;
        this.languages = languages.size() > 1 ? List.copyOf(languages) : List.of();
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
        FileName name = FileName.of(path, languages);
        String slug = f.text("slug").orElse(Slugs.slugify(name.base()));
        if (!Slugs.isValid(slug)) {
            f.error("slug", "the page address `" + slug + "` may hold only a-z, 0-9 and single hyphens; "
                    + "set e.g. `slug: " + Slugs.slugify(slug).replaceFirst("^$", "about") + "`");
        }
        Optional<String> language = name.languageWith(f, "page");
        OptionalInt menu = f.integer("menu").map(OptionalInt::of).orElse(OptionalInt.empty());
        Optional<String> description = f.text("description");
        boolean draft = f.bool("draft").orElse(false);
        // A plain page's only heading of its own is h1: its article's headings start at h2.
        ParsedMarkdown body = markdown.parse(split.get().body(), split.get().bodyFirstLine(), path, local, 2);
        diagnostics.addAll(local);
        if (local.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PageDraft(path, slug, f.lineOf("slug"), title.orElseThrow(), description, language,
                menu, markdown.render(body, new CitationState(Set.of())), draft,
                Unfinished.inFile(root.get(), split.get())));
    }

}
