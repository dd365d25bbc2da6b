package org.factsite.render.page;

import java.util.ArrayList;
import java.util.List;

import org.factsite.config.BaseUrl;
import org.factsite.model.SiteLayout;
import org.factsite.render.view.PaginationView;

/**
 * Splits a list into pages: the first at {@code base} ({@code tags/x/}), the others at
 * {@code base + "page/N/"}, as Hugo and Zola do. An empty list still has one (empty) page.
 */
record Pagination<T>(List<T> items, int number, int total, String base) {

    static <T> List<Pagination<T>> of(List<T> all, int size, String base) {
        int total = Math.max(1, (all.size() + size - 1) / size);
        List<Pagination<T>> pages = new ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            pages.add(new Pagination<>(all.subList((n - 1) * size, Math.min(all.size(), n * size)), n, total, base));
        }
        return pages;
    }

    static String sitePath(String base, int number) {
        return number == 1 ? base : SiteLayout.listPage(base, number);
    }

    String sitePath() {
        return sitePath(base, number);
    }

    /** Pages linked around the current one; the first and last are always linked. */
    static final int WINDOW = 2;

    /**
     * Links to the first and last page and to those within {@link #WINDOW} of this one, each marked when pages
     * are skipped before it: a list of 500 pages would otherwise carry 500 links on every page.
     */
    PaginationView view(BaseUrl baseUrl) {
        List<PaginationView.PageLink> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            if (n == 1 || n == total || Math.abs(n - number) <= WINDOW) {
                links.add(new PaginationView.PageLink(n, baseUrl.pathTo(sitePath(base, n)), n == number, n > last + 1));
                last = n;
            }
        }
        return new PaginationView(number, total,
                number > 1 ? baseUrl.pathTo(sitePath(base, number - 1)) : null,
                number < total ? baseUrl.pathTo(sitePath(base, number + 1)) : null,
                links);
    }
}
