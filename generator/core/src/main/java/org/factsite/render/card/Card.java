package org.factsite.render.card;

/**
 * What a share card shows, in the reader's words: the model of one card, and its key (a card is drawn again only
 * when one of these changes).
 *
 * @param band     the words in the band across the top: the verdict's label (the site card: the site's title)
 * @param icon     the verdict's icon, or empty
 * @param colour   the band's colour, {@code #rrggbb}
 * @param text     the claim, in quotes (the site card: its description)
 * @param byline   who made the claim ("Claim by ..."), or null
 * @param desk     the desk's name
 * @param dateline when it was checked ("Checked 9 October 2025"), or null
 * @param logo     the desk's logo as the painter draws it (a digest of its file), or null without one
 */
public record Card(String band, String icon, String colour, String text, String byline, String desk,
        String dateline, String logo) {
}
