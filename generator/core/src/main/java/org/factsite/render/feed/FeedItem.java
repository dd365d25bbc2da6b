package org.factsite.render.feed;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One entry of a feed, already in the words and addresses readers get.
 *
 * @param id          stable identity; the item's address for claims ({@code permalink} true)
 * @param contentHtml HTML whose links are all absolute
 * @param categories  the verdict first, then the tags
 */
public record FeedItem(String id, boolean permalink, String url, String title, String contentHtml, String summary,
        ZonedDateTime published, ZonedDateTime modified, List<String> categories) {
}
