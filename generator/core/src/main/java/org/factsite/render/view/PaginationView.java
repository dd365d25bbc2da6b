package org.factsite.render.view;

import java.util.List;

/**
 * Where a list page sits among its pages; {@code previous}/{@code next} are null at the ends. {@code pages}
 * holds the first, the last and the pages near this one, not all of them.
 */
public record PaginationView(int number, int total, String previous, String next, List<PageLink> pages) {

    /** @param afterGap pages between the previous link and this one are not linked (show an ellipsis) */
    public record PageLink(int number, String url, boolean current, boolean afterGap) {
    }
}
