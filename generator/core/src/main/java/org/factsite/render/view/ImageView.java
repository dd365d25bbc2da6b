package org.factsite.render.view;

/**
 * @param src    a path or absolute address a browser can load from the page
 * @param width  the image's width in pixels, null when unknown (a web address)
 * @param srcset its smaller copies and itself, null when it has none
 * @param sizes  the width it takes on the page, with a srcset
 */
public record ImageView(String src, String alt, Integer width, Integer height, String srcset, String sizes) {
}
