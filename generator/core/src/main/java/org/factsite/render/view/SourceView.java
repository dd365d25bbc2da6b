package org.factsite.render.view;

import java.util.List;

/**
 * @param number    the author's number for a numeric id (the list item's value), else null
 * @param backlinks anchor ids of each citation of this source, in reading order
 */
public record SourceView(String id, Integer number, String anchor, String title, String url, String publisher,
        String date, String dateIso, String archived, List<String> backlinks) {
}
