package org.factsite.render.view;

public record TagView(String name, String slug, String url, int count, String feed) {
}
