package org.factsite.render.view;

/** A link: text and path. */
public record LinkView(String title, String url) {
}
