package org.factsite.render.view;

import java.util.List;

/** Where a list page sits among its pages; {@code previous}/{@code next} are null at the ends. */
public record PaginationView(int number, int total, String previous, String next, List<PageLink> pages) {

    public record PageLink(int number, String url, boolean current) {
    }
}
