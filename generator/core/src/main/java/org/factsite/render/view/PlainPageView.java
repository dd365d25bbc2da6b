package org.factsite.render.view;

/** A plain page (about, methodology ...); {@code bodyHtml} is rendered, safe HTML. */
public record PlainPageView(String title, String bodyHtml) {
}
