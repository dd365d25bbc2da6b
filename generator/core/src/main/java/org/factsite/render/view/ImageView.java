package org.factsite.render.view;

/** @param src a path or absolute address a browser can load from the page */
public record ImageView(String src, String alt) {
}
