package org.factsite.parse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.factsite.config.BaseUrl;
import org.factsite.config.LanguageConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.markdown.CitationState;
import org.factsite.markdown.MarkdownEngine;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.CompactHtml;
import org.factsite.model.ReviewedMedia;
import org.factsite.model.SiteLayout;
import org.factsite.text.Questions;
import org.factsite.text.Slugs;
import org.factsite.text.Suggestions;
import org.factsite.model.Resource;

/** Reads one claim file into a {@link ClaimDraft}, reporting every problem the file has on its own. */
public final class ClaimParser {

    /** The front-matter fields of a claim; anything else is an error with a suggestion. */
    public static final Set<String> FIELDS = Set.of("title", "claim", "verdict", "checked", "claimant",
            "appearances", "updated", "author", "authors", "tags", "summary", "sources", "related", "slug",
            "draft", "lang", "extra", "corrections", "image", "translationKey", "media");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "title", "url", "publisher", "date", "archived");
    private static final Set<String> CLAIMANT_FIELDS = Set.of("name", "url");
    private static final Set<String> CORRECTION_FIELDS = Set.of("date", "note");
    private static final Set<String> IMAGE_FIELDS = Set.of("src", "alt");
    private static final Set<String> MEDIA_FIELDS = Set.of("type", "url", "rating", "original");
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final String SOURCE_EXAMPLE = "`- id: 1` with `title:` and `url:`";

    private final YamlReader yaml;
    private final MarkdownEngine markdown;
    private final BaseUrl base;
    private final boolean renderHtml;
    private final List<LanguageConfig> languages;

    /** @param base the site's address, for the absolute links of summaries shown away from their page */
    public ClaimParser(YamlReader yaml, MarkdownEngine markdown, BaseUrl base) {
        this(yaml, markdown, base, true, List.of());
    }

    /**
     * @param renderHtml false for a check, which needs the citations and images found in the Markdown but not
     *                   its HTML (rendering is most of the cost of parsing, and finds no problems)
     * @param languages  the site's languages when it has several: a file named {@code name.vi.md} is then the
     *                   {@code vi} claim {@code name}, below that language's folder
     */
    public ClaimParser(YamlReader yaml, MarkdownEngine markdown, BaseUrl base, boolean renderHtml,
            List<LanguageConfig> languages) {
        this.yaml = yaml;
        this.markdown = markdown;
        this.base = base;
        this.renderHtml = renderHtml;
        this.languages = languages.size() > 1 ? List.copyOf(languages) : List.of();
    }

    /**
     * The draft, marked {@code hasErrors} when the file has problems; empty only when its front matter cannot be
     * read at all. Every problem is reported.
     */
    public Optional<ClaimDraft> parse(ContentFile file, List<Resource> resources, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        Path path = file.path();
        Optional<YamlNode.Mapping> root = yaml.readMapping(fm.yaml(), fm.yamlFirstLine(), path, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics local = new Diagnostics();
        int fmLine = 1;
        // A missing field is reported at the opening `---`, where the author will add it.
        Fields f = new Fields(new YamlNode.Mapping(root.get().entries(), fmLine), path, local, "");
        f.rejectUnknown(FIELDS, "a claim");

        Optional<String> title = f.requiredText("title", "Does X cause Y?");
        Optional<String> claim = f.requiredText("claim", "X causes Y.");
        Optional<String> verdict = f.requiredText("verdict", "false");
        Optional<LocalDate> checked = f.requiredDate("checked", "2025-10-09");
        Optional<LocalDate> updated = f.date("updated");
        if (checked.isPresent() && updated.isPresent() && updated.get().isBefore(checked.get())) {
            f.error("updated", "`updated` (" + updated.get() + ") is before `checked` (" + checked.get()
                    + "); an update comes after the check");
        }
        FileName name = FileName.of(path, languages);
        String slug = slug(f, path, name.base());
        List<String> authors = authors(f);
        Optional<String> language = name.languageWith(f, "claim");
        String translationKey = f.text("translationKey").orElse(Slugs.slugify(name.base()));
        String folder = language.flatMap(code -> languages.stream().filter(l -> l.code().equals(code)).findFirst())
                .map(LanguageConfig::path).orElse("");
        Optional<ParsedMarkdown> summary = f.text("summary")
                .map(text -> markdown.parse(text, f.lineOf("summary"), path, local));
        ParsedMarkdown body = markdown.parse(fm.body(), fm.bodyFirstLine(), path, local);
        Optional<ClaimDraft.Claimant> claimant = claimant(f);
        List<String> appearances = f.webAddressList("appearances");
        List<String> tags = f.textList("tags");
        List<ClaimDraft.SourceDraft> sources = sources(f);
        ClaimDraft.Article article = render(summary, body, sources, folder + SiteLayout.claim(slug), resources);
        List<ClaimDraft.RelatedDraft> related = related(f);
        boolean isDraft = f.bool("draft").orElse(false);
        List<ClaimDraft.CorrectionDraft> corrections = corrections(f);
        Optional<ClaimDraft.ImageDraft> image = image(f);
        Optional<ReviewedMedia> media = media(f);
        Map<String, Object> extra = extra(f);
        diagnostics.addAll(local);
        return Optional.of(new ClaimDraft(path, fmLine, slug, f.lineOf("slug"), title.orElse(""), claim.orElse(""),
                verdict.orElse(""), f.lineOf("verdict"), checked.orElse(null), updated, claimant, appearances, authors,
                tags, article, sources, related, isDraft, language, corrections, image, media, resources, extra,
                local.hasErrors(), Questions.normalize(title.orElse("")), translationKey,
                f.has("translationKey") ? f.lineOf("translationKey") : fmLine, Unfinished.inFile(root.get(), fm)));
    }

    /**
     * Renders summary and body now, while their Markdown trees are at hand: citations of the claim's own
     * sources become note references (summary first, as it is read first); unknown markers are reported later.
     */
    private ClaimDraft.Article render(Optional<ParsedMarkdown> summary, ParsedMarkdown body,
            List<ClaimDraft.SourceDraft> sources, String pagePath, List<Resource> folderFiles) {
        Set<String> ids = new LinkedHashSet<>();
        sources.forEach(s -> ids.add(s.id()));
        CitationState citations = new CitationState(ids);
        Optional<String> summaryHtml = summary.filter(s -> renderHtml)
                .map(s -> markdown.render(s, citations, folderFiles));
        String bodyHtml = renderHtml ? markdown.render(body, citations, folderFiles) : "";
        Optional<String> standalone = summary.filter(s -> renderHtml)
                .map(s -> markdown.renderAwayFromPage(s, new CitationState(ids), base.absolute(pagePath)));
        Optional<String> listed = summary.filter(s -> renderHtml)
                .map(s -> markdown.renderForList(s, new CitationState(ids), base.pathTo(pagePath)));
        Map<String, Integer> anchors = new LinkedHashMap<>();
        ids.forEach(id -> anchors.put(id, citations.countOf(id)));
        List<ParsedMarkdown.Marker> markers = new ArrayList<>();
        List<ParsedMarkdown.ImageRef> images = new ArrayList<>();
        summary.ifPresent(s -> {
            markers.addAll(s.markers());
            images.addAll(s.images());
        });
        markers.addAll(body.markers());
        images.addAll(body.images());
        return new ClaimDraft.Article(markers, images, summaryHtml, standalone, listed, CompactHtml.of(bodyHtml),
                anchors);
    }

    /** The file name, or the folder name for {@code claims/<slug>/index.md}, unless {@code slug:} says otherwise. */
    private static String slug(Fields f, Path path, String name) {
        Optional<String> explicit = f.text("slug");
        if (explicit.isPresent()) {
            if (!Slugs.isValid(explicit.get())) {
                f.error("slug", "`slug` may hold only a-z, 0-9 and single hyphens (it becomes the page address), "
                        + "e.g. `" + Slugs.slugify(explicit.get()) + "`; found `" + explicit.get() + "`");
            }
            return explicit.get();
        }
        String slug = Slugs.slugify(name);
        if (slug.isEmpty()) {
            f.error("slug", "the file name `" + path.getFileName() + "` gives no usable page address; rename the "
                    + "file or add `slug: some-words`");
        }
        return slug;
    }

    private static List<String> authors(Fields f) {
        if (f.has("author") && f.has("authors")) {
            f.error("authors", "write either `author:` or `authors:`, not both");
        }
        return f.has("author") ? f.textList("author") : f.textList("authors");
    }

    private static Optional<ClaimDraft.Claimant> claimant(Fields f) {
        if (f.node("claimant").orElse(null) instanceof YamlNode.Mapping) {
            Fields c = f.map("claimant").orElseThrow();
            c.rejectUnknown(CLAIMANT_FIELDS, "a claimant");
            return c.requiredText("name", "Jane Doe")
                    .map(name -> new ClaimDraft.Claimant(name, c.webAddress("url")));
        }
        return f.text("claimant").filter(s -> !s.isEmpty()).map(n -> new ClaimDraft.Claimant(n, Optional.empty()));
    }

    private static List<ClaimDraft.SourceDraft> sources(Fields f) {
        List<ClaimDraft.SourceDraft> result = new ArrayList<>();
        for (Fields s : f.mapList("sources", SOURCE_EXAMPLE)) {
            s.rejectUnknown(SOURCE_FIELDS, "a source");
            Optional<String> id = s.requiredText("id", "1");
            if (id.isPresent() && !SOURCE_ID.matcher(id.get()).matches()) {
                s.error("id", "source id `" + id.get() + "` must be a number or a short name of letters, digits, "
                        + "`-` and `_` (it is what `[" + id.get() + "]` in the text refers to)");
                id = Optional.empty();
            }
            Optional<String> title = s.requiredText("title", "Annual report 2024");
            Optional<String> url = s.webAddress("url");
            Optional<String> archived = s.webAddress("archived");
            if (id.isPresent() && title.isPresent()) {
                result.add(new ClaimDraft.SourceDraft(id.get(), s.line(), title.get(), url, s.text("publisher"),
                        s.date("date"), archived));
            }
        }
        return List.copyOf(result);
    }

    private static List<ClaimDraft.CorrectionDraft> corrections(Fields f) {
        List<ClaimDraft.CorrectionDraft> result = new ArrayList<>();
        for (Fields c : f.mapList("corrections", "`- date: 2025-10-12` with `note: What was corrected.`")) {
            c.rejectUnknown(CORRECTION_FIELDS, "a correction");
            Optional<LocalDate> date = c.requiredDate("date", "2025-10-12");
            Optional<String> note = c.requiredText("note", "The figure for 2024 was corrected.");
            if (date.isPresent() && note.isPresent()) {
                result.add(new ClaimDraft.CorrectionDraft(date.get(), note.get(), c.line()));
            }
        }
        return List.copyOf(result);
    }

    /** {@code image: shot.png} or {@code image: {src: shot.png, alt: The post as shared}}. */
    private static Optional<ClaimDraft.ImageDraft> image(Fields f) {
        if (f.node("image").orElse(null) instanceof YamlNode.Mapping) {
            Fields i = f.map("image").orElseThrow();
            i.rejectUnknown(IMAGE_FIELDS, "an image");
            return i.requiredText("src", "screenshot.png")
                    .map(src -> new ClaimDraft.ImageDraft(src, i.text("alt").orElse(""), i.lineOf("src")));
        }
        return f.text("image").map(src -> new ClaimDraft.ImageDraft(src, "", f.lineOf("image")));
    }

    /**
     * {@code media: {type: image, url: https://..., rating: transformed}}: the media a check is about, for a
     * MediaReview. Every field's problem is reported at its line.
     */
    private static Optional<ReviewedMedia> media(Fields f) {
        Optional<Fields> media = f.map("media");
        if (media.isEmpty()) {
            return Optional.empty();
        }
        Fields m = media.get();
        m.rejectUnknown(MEDIA_FIELDS, "the reviewed media");
        Optional<ReviewedMedia.Kind> kind = m.requiredText("type", "image").flatMap(type -> {
            Optional<ReviewedMedia.Kind> known = ReviewedMedia.Kind.of(type);
            if (known.isEmpty()) {
                m.error("type", "`media.type` is `" + type + "`" + Suggestions.didYouMean(type,
                        ReviewedMedia.Kind.keys()) + "; write one of " + String.join(", ", ReviewedMedia.Kind.keys()));
            }
            return known;
        });
        Optional<ReviewedMedia.Rating> rating = m.requiredText("rating", "transformed").flatMap(value -> {
            Optional<ReviewedMedia.Rating> known = ReviewedMedia.Rating.of(value);
            if (known.isEmpty()) {
                m.error("rating", "`media.rating` is `" + value + "`" + Suggestions.didYouMean(value,
                        ReviewedMedia.Rating.keys()) + "; write one of " + String.join(", ", ReviewedMedia.Rating.keys())
                        + " (schema.org's MediaManipulationRatingEnumeration; docs/content-format.md says what each means)");
            }
            return known;
        });
        Optional<String> url = m.has("url") ? m.webAddress("url")
                : m.requiredText("url", "https://social.example/post/123");
        Optional<String> original = m.webAddress("original");
        if (kind.isEmpty() || rating.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewedMedia(kind.get(), url.get(), rating.get(), original));
    }

    private static List<ClaimDraft.RelatedDraft> related(Fields f) {
        return f.locatedTextList("related").stream()
                .map(q -> {
                    String normalized = Questions.normalize(q.text());
                    return new ClaimDraft.RelatedDraft(q.text(), q.line(), normalized, Slugs.foldAccents(normalized));
                })
                .toList();
    }


    /** {@code extra} as plain Java values (text, lists, maps) for themes. */
    private static Map<String, Object> extra(Fields f) {
        Optional<YamlNode> node = f.node("extra");
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!(node.get() instanceof YamlNode.Mapping)) {
            f.error("extra", "`extra` must be a map of `name: value` lines for the theme");
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) plain(node.get());
        return map;
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().map(ClaimParser::plain).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (YamlNode.Entry entry : ((YamlNode.Mapping) node).entries()) {
            map.put(entry.key(), plain(entry.value()));
        }
        return Collections.unmodifiableMap(map);
    }
}
