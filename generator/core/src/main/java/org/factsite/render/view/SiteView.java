package org.factsite.render.view;

/**
 * @param home     path of the home page, e.g. {@code /archive/}
 * @param assets   path of the assets folder, e.g. {@code /archive/assets/}
 */
public record SiteView(String title, String description, String language, String home, String assets,
        String publisherName, String publisherUrl) {
}
