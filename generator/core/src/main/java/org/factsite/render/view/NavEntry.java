package org.factsite.render.view;

/**
 * A link every page of an edition carries to a page of some kind, in the header's navigation or the footer's.
 * A kind of page names its own ({@link org.factsite.render.unit.UnitKind#navigation}); the links of a place are in order of weight, then
 * of the kinds.
 *
 * @param title the link's words as written (a plain page's title), or null for the theme's {@code label}
 * @param label the key of the link's words in the theme's messages, when {@code title} is null
 */
public record NavEntry(Place place, int weight, String sitePath, String title, String label) {

    public enum Place { HEADER, FOOTER }

    /** A link whose words are the theme's message {@code label}. */
    public static NavEntry labelled(Place place, int weight, String sitePath, String label) {
        return new NavEntry(place, weight, sitePath, null, label);
    }

    /** A link whose words are the page's own {@code title}. */
    public static NavEntry titled(Place place, int weight, String sitePath, String title) {
        return new NavEntry(place, weight, sitePath, title, null);
    }
}
