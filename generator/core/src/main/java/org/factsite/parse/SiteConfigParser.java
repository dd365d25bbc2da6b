package org.factsite.parse;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.factsite.config.BaseUrl;
import org.factsite.config.Hosting;
import org.factsite.load.ContentLoader;
import org.factsite.config.LanguageConfig;
import org.factsite.config.LocalizedText;
import org.factsite.config.Organization;
import org.factsite.config.Policies;
import org.factsite.config.Publisher;
import org.factsite.config.SiteConfig;
import org.factsite.config.TaxonomyConfig;
import org.factsite.model.SiteLayout;
import org.factsite.config.Verdict;
import org.factsite.config.VerdictScale;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.load.ContentFile;
import org.factsite.text.LanguageTags;
import org.factsite.text.Slugs;

/** Reads {@code site.yaml} into a {@link SiteConfig}, reporting every problem. */
public final class SiteConfigParser {

    static final Set<String> FIELDS = Set.of("title", "baseUrl", "language", "description", "publisher",
            "verdicts", "theme", "pageSize", "feedSize", "timezone", "menu", "rawHtml", "taxonomies", "languages",
            "sdLicense", "requireArchived", "organization", "policies", "shareCards", "hosting",
            "maxImageBytes", "contentSecurityPolicy");
    private static final Set<String> ORGANIZATION_FIELDS = Set.of("name", "legalForm", "owners", "team", "email",
            "address", "funding");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("title", "description", "path", "menu");
    private static final Set<String> TAXONOMY_FIELDS = Set.of("name", "field", "path", "feed", "search", "label",
            "aliases");
    private static final Pattern FIELD = Pattern.compile("tags|claimant|authors|extra\\.[A-Za-z0-9_-]+");
    /** Directives (a lower-case name, then sources) separated by semicolons, as CSP writes them. */
    private static final Pattern CSP = Pattern.compile("[a-z-]+( [^;,\"<>\\s]+)*( ?; ?[a-z-]+( [^;,\"<>\\s]+)*)* ?;?");
    private static final Set<String> PUBLISHER_FIELDS = Set.of("name", "url", "logo");
    private static final Set<String> VERDICT_FIELDS = Set.of("key", "label", "description", "rating", "color",
            "icon");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final YamlReader yaml;

    public SiteConfigParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * @param baseUrlOverride a base URL from the build (e.g. GitHub Pages' configure-pages output), which
     *                        wins over site.yaml's
     */
    /**
     * site.yaml is published as it is (title, description, the organisation page), so a placeholder left in it is
     * an error. Example addresses are not: test and demo sites live at example.org.
     */
    private static void rejectPlaceholders(Path file, YamlNode.Mapping root, Diagnostics diagnostics) {
        for (Unfinished.Spot spot : Unfinished.inFrontMatter(root)) {
            if (!spot.example()) {
                diagnostics.error(file, spot.line(), spot.describe() + "; write it, or delete the line "
                        + "(or put a # before it) until you know");
            }
        }
    }

    public Optional<SiteConfig> parse(ContentFile file, Optional<String> baseUrlOverride, Diagnostics diagnostics) {
        return parse(file, baseUrlOverride, Optional.empty(), diagnostics);
    }

    /** @param hostingOverride the host named on the command line (the plugin's {@code factsite.hosting}), if any */
    public Optional<SiteConfig> parse(ContentFile file, Optional<String> baseUrlOverride,
            Optional<String> hostingOverride, Diagnostics diagnostics) {
        Optional<YamlNode.Mapping> root = yaml.readMapping(file.text(), 1, file.path(), diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Fields f = new Fields(new YamlNode.Mapping(root.get().entries(), 1), file.path(), diagnostics, "");
        f.rejectUnknown(FIELDS, "site.yaml");
        rejectPlaceholders(file.path(), root.get(), diagnostics);
        Optional<String> title = f.requiredText("title", "Example Fact Check");
        Optional<BaseUrl> baseUrl = baseUrl(f, baseUrlOverride);
        List<LanguageConfig> languages = f.has("languages") ? languages(f) : List.of();
        String language = f.text("language").orElse(languages.isEmpty() ? "en" : languages.get(0).code());
        if (!LanguageTags.isValid(language)) {
            f.error("language", "`language` must be a language tag such as `en`, `vi` or `en-GB`, not `"
                    + language + "`");
        }
        languages = defaultFirst(f, language, languages);
        Optional<String> description = f.text("description");
        Publisher publisher = publisher(f, title.orElse(""), baseUrl,
                file.path().resolveSibling(ContentLoader.STATIC_FOLDER));
        VerdictScale scale = f.has("verdicts") ? scale(f) : VerdictScale.defaultScale();
        Optional<String> theme = f.text("theme");
        int pageSize = positive(f, "pageSize", SiteConfig.DEFAULT_PAGE_SIZE);
        int feedSize = positive(f, "feedSize", SiteConfig.DEFAULT_FEED_SIZE);
        ZoneId timezone = timezone(f);
        List<String> menu = f.textList("menu");
        boolean rawHtml = f.bool("rawHtml").orElse(false);
        List<TaxonomyConfig> taxonomies = f.has("taxonomies") ? taxonomies(f) : TaxonomyConfig.defaults();
        checkLanguagePaths(f, languages, taxonomies);
        Optional<String> sdLicense = f.webAddress("sdLicense");
        boolean requireArchived = f.bool("requireArchived").orElse(false);
        boolean shareCards = f.bool("shareCards").orElse(true);
        Hosting hosting = hosting(f, hostingOverride);
        int maxImageBytes = positive(f, "maxImageBytes", (int) SiteConfig.DEFAULT_MAX_IMAGE_BYTES);
        Optional<Organization> organization = f.map("organization").map(o -> organization(o, publisher.name(),
                f.lineOf("organization")));
        Policies policies = policies(f);
        Optional<String> contentSecurityPolicy = contentSecurityPolicy(f);
        if (title.isEmpty() || baseUrl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), baseUrl.get(), language, description, publisher, scale, theme,
                pageSize, feedSize, timezone, menu, rawHtml, taxonomies, languages, sdLicense,
                requireArchived, organization, policies, shareCards, maxImageBytes, hosting, contentSecurityPolicy));
    }

    /**
     * {@code contentSecurityPolicy:}, the policy a desk declares instead of the theme's: directives separated by
     * semicolons, each a name and its sources. Not checked further: browsers ignore what they do not know.
     */
    private static Optional<String> contentSecurityPolicy(Fields f) {
        Optional<String> policy = f.text("contentSecurityPolicy").map(String::strip);
        if (policy.isPresent() && !CSP.matcher(policy.get()).matches()) {
            f.error("contentSecurityPolicy", "`contentSecurityPolicy` is a list of directives separated by `;`, "
                    + "each a name and its sources, e.g. `default-src 'self'; img-src 'self' https:`; found `"
                    + policy.get() + "`");
            return Optional.empty();
        }
        return policy;
    }

    /** {@code organization:}: name (the publisher's by default), legal form, owners, team, contact, funding. */
    private static Organization organization(Fields o, String publisherName, int line) {
        o.rejectUnknown(ORGANIZATION_FIELDS, "the organization");
        List<Organization.TeamMember> team = new ArrayList<>();
        for (Fields member : o.mapList("team", "`- {name: Ann Writer, role: Editor}`")) {
            member.rejectUnknown(Set.of("name", "role"), "a team member");
            Optional<String> name = member.requiredText("name", "Ann Writer");
            name.ifPresent(n -> team.add(new Organization.TeamMember(n, member.text("role").orElse(""))));
        }
        List<Organization.Funding> funding = new ArrayList<>();
        for (Fields item : o.mapList("funding", "`- {year: 2026, source: A foundation, share: 60 %}`")) {
            item.rejectUnknown(Set.of("year", "source", "share"), "a funding entry");
            Optional<Integer> year = item.integer("year");
            Optional<String> source = item.requiredText("source", "A foundation");
            if (year.isEmpty()) {
                item.error("year", "a funding entry needs its `year:`, e.g. `year: 2026`");
            }
            if (year.isPresent() && source.isPresent()) {
                funding.add(new Organization.Funding(year.get(), source.get(), item.text("share").orElse(""),
                        item.line()));
            }
        }
        return new Organization(o.text("name").orElse(publisherName), o.text("legalForm"), o.textList("owners"), team,
                o.text("email"), o.text("address"), funding, line);
    }

    /** {@code policies:}: page slugs by kind, over the defaults (about, methodology, corrections-policy ...). */
    private static Policies policies(Fields f) {
        Map<String, String> slugs = new LinkedHashMap<>(Policies.DEFAULTS);
        f.map("policies").ifPresent(p -> {
            p.rejectUnknown(Policies.DEFAULTS.keySet(), "`policies`");
            p.texts().forEach(slugs::put);
        });
        return new Policies(slugs);
    }

    /**
     * {@code languages:}, a map from each language's tag to its settings ({@code {}} for none): {@code title},
     * {@code description}, {@code path} (the folder of its pages; the code by default, the root for the
     * default language) and {@code menu}.
     */
    private static List<LanguageConfig> languages(Fields f) {
        if (!(f.node("languages").orElse(null) instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            f.error("languages", "`languages` must map each language's tag to its settings, e.g. "
                    + "`languages: {en: {}, vi: {title: Kiểm chứng}}`");
            return List.of();
        }
        List<LanguageConfig> result = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String code = entry.key();
            if (!LanguageTags.isValid(code)) {
                f.diagnostics().error(f.file(), entry.line(), "`languages` lists `" + code + "`, which is not a "
                        + "language tag such as `en`, `vi` or `en-GB`");
                continue;
            }
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text().isEmpty()) {
                result.add(new LanguageConfig(code, "", Optional.empty(), Optional.empty(), List.of()));
                continue;
            }
            if (!(entry.value() instanceof YamlNode.Mapping settings)) {
                f.diagnostics().error(f.file(), entry.line(), "the settings of language `" + code + "` must be a map "
                        + "(`{}` for none), e.g. `" + code + ": {title: ..., path: " + code.toLowerCase() + "}`");
                continue;
            }
            Fields l = new Fields(settings, f.file(), f.diagnostics(), "languages." + code + ".");
            l.rejectUnknown(LANGUAGE_FIELDS, "a language");
            result.add(new LanguageConfig(code, l.text("path").map(p -> p + "/").orElse(""), l.text("title"),
                    l.text("description"), l.textList("menu")));
        }
        return result;
    }

    /**
     * The languages with the default first: at the site's root unless it names a {@code path}; the others at
     * their own path, by default their tag in lower case.
     */
    private static List<LanguageConfig> defaultFirst(Fields f, String language, List<LanguageConfig> languages) {
        if (languages.isEmpty()) {
            return List.of();
        }
        List<LanguageConfig> ordered = new ArrayList<>();
        languages.stream().filter(l -> l.code().equals(language)).findFirst().ifPresentOrElse(l -> {
            if (!l.path().isEmpty()) {
                f.error("languages", "the default language (`" + language + "`) lives at the site's root; `path:` "
                        + "is for the other languages");
            }
            ordered.add(new LanguageConfig(l.code(), "", l.title(), l.description(), l.menu()));
        },
                () -> f.error("language", "the default `language: " + language + "` is not one of `languages` ("
                        + String.join(", ", languages.stream().map(LanguageConfig::code).toList())
                        + "); add it there or name one of those"));
        for (LanguageConfig l : languages) {
            if (!l.code().equals(language)) {
                ordered.add(l.path().isEmpty() ? new LanguageConfig(l.code(), l.code().toLowerCase(Locale.ROOT) + "/",
                        l.title(), l.description(), l.menu()) : l);
            }
        }
        return ordered;
    }

    /** Each language's folder: a page address, its own, and none that FactSite or a taxonomy fills. */
    private static void checkLanguagePaths(Fields f, List<LanguageConfig> languages, List<TaxonomyConfig> taxonomies) {
        Set<String> reserved = SiteLayout.reservedFolders(taxonomies.stream().map(TaxonomyConfig::path).toList());
        Set<String> paths = new HashSet<>();
        for (LanguageConfig l : languages) {
            if (l.path().isEmpty()) {
                continue;
            }
            String folder = l.path().substring(0, l.path().length() - 1);
            if (!Slugs.isValid(folder) || reserved.contains(folder) || !paths.add(folder)) {
                f.error("languages", "language `" + l.code() + "` would live at `" + l.path() + "`, "
                        + (Slugs.isValid(folder) ? "which FactSite, a taxonomy or another language uses"
                        : "which is not a page address (a-z, 0-9 and single hyphens)") + "; give it another `path:`");
            }
        }
    }

    private static int positive(Fields f, String key, int fallback) {
        Optional<Integer> value = f.integer(key);
        if (value.isPresent() && (value.get() < 1 || value.get() > 10_000)) {
            f.error(key, "`" + key + "` must be between 1 and 10000, not " + value.get());
            return fallback;
        }
        return value.orElse(fallback);
    }

    private static ZoneId timezone(Fields f) {
        Optional<String> zone = f.text("timezone");
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(zone.get());
        } catch (DateTimeException e) {
            f.error("timezone", "`timezone` must be a time zone such as `UTC`, `Europe/London` or "
                    + "`Asia/Ho_Chi_Minh`, not `" + zone.get() + "`");
            return ZoneOffset.UTC;
        }
    }

    /** Where the site goes: the command line's choice, else site.yaml's {@code hosting:}, else GitHub Pages. */
    private static Hosting hosting(Fields f, Optional<String> override) {
        if (override.isPresent() && !override.get().isBlank()) {
            Optional<Hosting> chosen = Hosting.of(override.get().strip());
            if (chosen.isEmpty()) {
                f.diagnostics().error(f.file(), 0, "the hosting given to the build (`" + override.get() + "`) is not "
                        + "one FactSite knows; name one of " + String.join(", ", Hosting.keys()));
            }
            return chosen.orElse(Hosting.DEFAULT);
        }
        Optional<String> key = f.text("hosting");
        if (key.isEmpty()) {
            return Hosting.DEFAULT;
        }
        Optional<Hosting> chosen = Hosting.of(key.get());
        if (chosen.isEmpty()) {
            f.error("hosting", "`hosting` is `" + key.get() + "`" + org.factsite.text.Suggestions.didYouMean(key.get(),
                    Hosting.keys()) + "; name one of " + String.join(", ", Hosting.keys())
                    + " (docs/publishing.md gives each host's limits)");
        }
        return chosen.orElse(Hosting.DEFAULT);
    }

    private static Optional<BaseUrl> baseUrl(Fields f, Optional<String> override) {
        if (override.isPresent() && !override.get().isBlank()) {
            StringBuilder problem = new StringBuilder();
            Optional<BaseUrl> url = BaseUrl.parse(override.get(), problem);
            if (url.isEmpty()) {
                f.diagnostics().error(f.file(), 0, "the baseUrl given to the build (`" + override.get() + "`) "
                        + problem);
            }
            return url;
        }
        Optional<String> text = f.requiredText("baseUrl", "https://example.org/");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder problem = new StringBuilder();
        Optional<BaseUrl> url = BaseUrl.parse(text.get(), problem);
        if (url.isEmpty()) {
            f.error("baseUrl", "`baseUrl` " + problem);
        }
        return url;
    }

    private static Publisher publisher(Fields f, String siteTitle, Optional<BaseUrl> base, Path staticFolder) {
        Optional<Fields> p = f.map("publisher");
        if (p.isEmpty()) {
            return new Publisher(siteTitle, Optional.empty(), Optional.empty(), Optional.empty());
        }
        p.get().rejectUnknown(PUBLISHER_FIELDS, "publisher");
        Optional<String> logo = p.get().text("logo");
        boolean local = logo.isPresent() && !logo.get().startsWith("http://") && !logo.get().startsWith("https://");
        Optional<String> logoFile = local ? logoFile(p.get(), logo.get(), staticFolder) : Optional.empty();
        Optional<String> logoUrl = local ? logoFile.flatMap(file -> base.map(b -> b.absolute(file)))
                : p.get().webAddress("logo");
        return new Publisher(p.get().text("name").orElse(siteTitle), p.get().webAddress("url"), logoUrl, logoFile);
    }

    /** A logo of the archive's own: a PNG, JPEG, GIF or WebP of {@code static/}, which share cards can draw. */
    private static Optional<String> logoFile(Fields p, String path, Path staticFolder) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains(":")) {
            p.error("logo", "`publisher.logo` is a file of static/ (e.g. `logo.png`, published at the site's root) "
                    + "or an https:// address, not `" + path + "`");
            return Optional.empty();
        }
        if (!lower.matches(".*\\.(png|jpe?g|gif|webp)")) {
            p.error("logo", "`publisher.logo` must be a PNG, JPEG, GIF or WebP for share cards to draw it; for an "
                    + "SVG, give its https:// address (it is then named in structured data only)");
            return Optional.empty();
        }
        if (!java.nio.file.Files.isRegularFile(staticFolder.resolve(path))) {
            p.error("logo", "`publisher.logo` names static/" + path + ", which does not exist; put the logo there");
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private static VerdictScale scale(Fields f) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        Set<Integer> ratings = new HashSet<>();
        for (Fields v : f.mapList("verdicts", "`- key: correct` with `label:` and `rating:`")) {
            v.rejectUnknown(VERDICT_FIELDS, "a verdict");
            Optional<String> key = v.requiredText("key", "mostly-correct");
            if (key.isEmpty()) {
                continue;
            }
            if (!Slugs.isValid(key.get())) {
                v.error("key", "verdict key `" + key.get() + "` may hold only a-z, 0-9 and single hyphens, "
                        + "e.g. `" + Slugs.slugify(key.get()) + "`");
                continue;
            }
            Integer earlier = keys.putIfAbsent(key.get(), v.lineOf("key"));
            if (earlier != null) {
                v.error("key", "verdict key `" + key.get() + "` is defined twice (first on line " + earlier + ")");
                continue;
            }
            LocalizedText label = localized(v, "label");
            if (label.byLanguage().isEmpty() && label.anyLanguage().isEmpty()) {
                v.error("label", "verdict `" + key.get() + "` needs a `label:` (text, or one per language: "
                        + "`label: {en: Correct, vi: Đúng}`)");
            }
            OptionalInt rating = v.integer("rating").map(OptionalInt::of).orElse(OptionalInt.empty());
            if (rating.isPresent() && !ratings.add(rating.getAsInt())) {
                v.error("rating", "two verdicts share rating " + rating.getAsInt() + "; give each a different number");
            }
            String color = v.text("color").orElse("#4b5563");
            if (!COLOR.matcher(color).matches()) {
                v.error("color", "`color` must be written #rrggbb, e.g. #176f2c; found `" + color + "`");
                color = "#4b5563";
            }
            verdicts.add(new Verdict(key.get(), label, localized(v, "description"), rating, color,
                    v.text("icon").orElse("\u25CF")));
        }
        if (verdicts.isEmpty()) {
            f.error("verdicts", "`verdicts` lists no verdict; list at least one, or remove it to use the default scale");
        }
        return new VerdictScale(verdicts);
    }

    /**
     * {@code taxonomies:}, a list of {@code - name: claimant} items; {@code field}, {@code path}, {@code feed} and
     * {@code search} default to the usual ones for tags, claimant and authors.
     */
    private static List<TaxonomyConfig> taxonomies(Fields f) {
        List<TaxonomyConfig> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        Set<String> reserved = SiteLayout.reservedFolders(List.of());
        for (Fields t : f.mapList("taxonomies", "`- name: claimant`")) {
            t.rejectUnknown(TAXONOMY_FIELDS, "a taxonomy");
            Optional<String> name = t.requiredText("name", "claimant");
            if (name.isEmpty()) {
                continue;
            }
            if (!Slugs.isValid(name.get()) || !names.add(name.get())) {
                t.error("name", "taxonomy name `" + name.get() + "` must be unique and hold only a-z, 0-9 and single "
                        + "hyphens, e.g. `" + Slugs.slugify(name.get()) + "`");
                continue;
            }
            TaxonomyConfig usual = TaxonomyConfig.known(name.get());
            if (!t.has("field") && !FIELD.matcher(name.get()).matches()) {
                t.error("name", "the taxonomy `" + name.get() + "` needs a `field:`, what a claim names its terms in: "
                        + "`tags`, `claimant`, `authors` or `extra.<key>`");
                continue;
            }
            String field = t.text("field").orElse(usual.field());
            if (!FIELD.matcher(field).matches()) {
                t.error("field", "`field` must be `tags`, `claimant`, `authors` or `extra.<key>`, not `" + field + "`");
                continue;
            }
            String path = t.text("path").orElse(usual.path());
            if (!Slugs.isValid(path) || reserved.contains(path) || !paths.add(path)) {
                t.error(t.has("path") ? "path" : "name", "the taxonomy `" + name.get() + "` would live at `" + path
                        + "/`, " + (Slugs.isValid(path) ? "which FactSite or another taxonomy uses"
                        : "which is not a page address") + "; give it another `path:`");
                continue;
            }
            boolean search = t.bool("search").orElse(usual.search());
            if (search && !name.get().equals("tags") && TaxonomyConfig.RESERVED_FILTERS.contains(name.get())) {
                t.error("name", "the taxonomy `" + name.get() + "` would give the search page a filter named like one "
                        + "of its own (" + String.join(", ", new java.util.TreeSet<>(TaxonomyConfig.RESERVED_FILTERS))
                        + "); rename it or add `search: false`");
                continue;
            }
            result.add(new TaxonomyConfig(name.get(), field, path, t.bool("feed").orElse(usual.feed()), search,
                    localized(t, "label"), aliases(t)));
        }
        return result;
    }

    /** {@code aliases: {Nguyễn Đức Anh: [Nguyen Duc Anh, N. D. Anh]}}, as alias slug to the one name. */
    private static Map<String, String> aliases(Fields t) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Optional<YamlNode> node = t.node("aliases");
        if (node.isEmpty()) {
            return aliases;
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            t.error("aliases", "`aliases` must map each name to its other spellings, e.g. "
                    + "`aliases: {Nguyễn Đức Anh: [Nguyen Duc Anh]}`");
            return aliases;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            List<YamlNode> spellings = entry.value() instanceof YamlNode.Sequence list ? list.items()
                    : List.of(entry.value());
            List<String> all = new ArrayList<>();
            all.add(entry.key());
            for (YamlNode spelling : spellings) {
                if (spelling instanceof YamlNode.Scalar scalar) {
                    all.add(scalar.text());
                } else {
                    t.diagnostics().error(t.file(), spelling.line(), "the spellings of `" + entry.key()
                            + "` must be texts");
                }
            }
            for (String spelling : all) {
                String earlier = aliases.putIfAbsent(Slugs.slugify(spelling), entry.key());
                if (earlier != null && !earlier.equals(entry.key())) {
                    t.diagnostics().error(t.file(), entry.value().line(), "`" + spelling + "` is a spelling of both `"
                            + earlier + "` and `" + entry.key() + "`; keep it under one of them");
                }
            }
        }
        return aliases;
    }

    /** {@code label: False} for every language, or {@code label: {en: False, vi: Sai}}. */
    private static LocalizedText localized(Fields v, String key) {
        if (v.node(key).orElse(null) instanceof YamlNode.Mapping) {
            return new LocalizedText(v.map(key).orElseThrow().texts(), Optional.empty());
        }
        return v.text(key).map(LocalizedText::of).orElse(LocalizedText.NONE);
    }
}
