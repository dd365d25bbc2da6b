package org.factsite.render.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.factsite.model.Archive;
import org.factsite.model.Claim;
import org.factsite.model.Editions;
import org.factsite.render.view.AlternateView;

/**
 * Which pages of the editions are one page in several languages: a claim and its translations (one
 * translation key), and any other page at the same address in each edition (home, lists, a tag both languages
 * use, a plain page translated by file name). Filled with every edition's pages before any is rendered, since a
 * page names its alternates in its head; empty on a site of one language.
 */
public final class Alternates {

    private final Editions editions;
    /** Edition language and edition-relative address to the page's group. */
    private final Map<String, String> groups = new ConcurrentHashMap<>();
    /** The same pages by their address below the site's root (as the sitemap lists them). */
    private final Map<String, String> groupsByRootPath = new ConcurrentHashMap<>();
    /** Group to language to the page's absolute address, languages in the site's order. */
    private final Map<String, Map<String, String>> members = new ConcurrentHashMap<>();

    public Alternates(Editions editions) {
        this.editions = editions;
        if (!editions.multilingual()) {
            return;
        }
        for (Archive edition : editions.all()) {
            for (Claim claim : edition.claims()) {
                add(edition, claim.sitePath(), "claim\n" + claim.translationKey());
            }
        }
    }

    /** The pages of {@code edition} other than its claims' (those pair by translation key). */
    public void addPages(Archive edition, Collection<String> sitePaths) {
        if (!editions.multilingual()) {
            return;
        }
        for (String sitePath : sitePaths) {
            if (!groups.containsKey(key(edition, sitePath))) {
                add(edition, sitePath, "page\n" + sitePath);
            }
        }
    }

    private void add(Archive edition, String sitePath, String group) {
        groups.put(key(edition, sitePath), group);
        groupsByRootPath.put(edition.folder() + sitePath, group);
        members.computeIfAbsent(group, g -> new ConcurrentHashMap<>())
                .put(edition.site().language(), edition.site().baseUrl().absolute(sitePath));
    }

    private static String key(Archive edition, String sitePath) {
        return edition.site().language() + "\n" + sitePath;
    }

    /**
     * Every language's version of the page at {@code sitePath} of {@code edition}, in the site's order: the
     * translation, or that language's home page; none on a site of one language.
     */
    public List<AlternateView> of(Archive edition, String sitePath) {
        if (!editions.multilingual()) {
            return List.of();
        }
        Map<String, String> found = members.getOrDefault(groups.getOrDefault(key(edition, sitePath), ""), Map.of());
        List<AlternateView> views = new ArrayList<>();
        for (Archive other : editions.all()) {
            String language = other.site().language();
            String url = found.get(language);
            String home = other.site().baseUrl().absolute("");
            String target = url != null ? url : home;
            String origin = other.site().baseUrl().origin();
            views.add(new AlternateView(language, nameOf(language), target, target.substring(origin.length()),
                    url != null, language.equals(edition.site().language())));
        }
        return views;
    }

    /** The translations of the page at {@code rootPath} (below the site's root), by language, for the sitemap. */
    public Map<String, String> ofRootPath(String rootPath) {
        Map<String, String> found = members.getOrDefault(groupsByRootPath.getOrDefault(rootPath, ""), Map.of());
        Map<String, String> result = new LinkedHashMap<>();
        for (Archive edition : editions.all()) { // in the site's order of languages
            String url = found.get(edition.site().language());
            if (url != null) {
                result.put(edition.site().language(), url);
            }
        }
        return result;
    }

    private final Map<String, String> names = new HashMap<>();

    private synchronized String nameOf(String language) {
        return names.computeIfAbsent(language, l -> {
            Locale locale = Locale.forLanguageTag(l);
            String name = locale.getDisplayName(locale);
            return name.isEmpty() ? l : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        });
    }
}
