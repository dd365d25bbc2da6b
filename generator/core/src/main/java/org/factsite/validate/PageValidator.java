package org.factsite.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factsite.config.SiteConfig;
import org.factsite.diagnostic.Diagnostics;
import org.factsite.model.Page;
import org.factsite.model.SiteLayout;
import org.factsite.parse.PageDraft;
import org.factsite.text.Suggestions;

/** Plain pages: unique addresses that do not collide with the site's own sections; menu entries exist. */
final class PageValidator {

    private PageValidator() {
    }

    /**
     * @param site       the edition's configuration
     * @param checkMenu  whether a menu entry without its page is an error (an edition that takes the site's
     *                   menu shows only the pages it has)
     * @param includeDrafts whether pages marked {@code draft: true} are published
     */
    static List<Page> validate(SiteConfig site, Path siteFile, List<PageDraft> drafts, boolean checkMenu,
            boolean includeDrafts, Diagnostics diagnostics) {
        Set<String> reserved = new java.util.TreeSet<>(
                SiteLayout.reservedFolders(site.taxonomies().stream().map(t -> t.path()).toList()));
        // The other languages' folders too: a page there would sit where their home page is.
        site.languages().stream().filter(l -> !l.path().isEmpty())
                .forEach(l -> reserved.add(l.path().substring(0, l.path().length() - 1)));
        Map<String, PageDraft> bySlug = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        for (PageDraft draft : drafts) {
            if (reserved.contains(draft.slug())) {
                diagnostics.error(draft.file(), draft.slugLine(), "the page address `" + draft.slug() + "/` is used "
                        + "by FactSite itself; give the page another `slug:`");
                continue;
            }
            PageDraft other = bySlug.putIfAbsent(draft.slug(), draft);
            if (other != null) {
                diagnostics.error(draft.file(), draft.slugLine(), "the page address `" + draft.slug() + "/` is "
                        + "already taken by " + other.file().getFileName() + "; give one of them another `slug:`");
                continue;
            }
            UnfinishedChecks.check(draft.file(), draft.draft(), draft.unfinished(), site.verdicts(), diagnostics);
            if (draft.draft() && !includeDrafts) {
                continue; // still named by the menu without an error: it is left out until it is published
            }
            pages.add(new Page(draft.slug(), draft.file(), draft.title(), draft.description().orElse(draft.title()),
                    draft.language().orElse(site.language()), draft.bodyHtml(), draft.menu()));
        }
        for (String slug : checkMenu ? site.menu() : List.<String>of()) {
            if (!bySlug.containsKey(slug)) {
                diagnostics.error(siteFile, 0, "the menu names the page `"
                        + slug + "`, but there is no such page" + Suggestions.didYouMean(slug, bySlug.keySet())
                        + "; add content/pages/" + slug + ".md or remove it from `menu:`");
            }
        }
        return pages;
    }
}
