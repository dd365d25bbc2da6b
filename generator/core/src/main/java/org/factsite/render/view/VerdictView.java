package org.factsite.render.view;

/**
 * @param rating the number on the scale, or null for a conclusion-only verdict
 * @param url    the page listing the claims with this verdict
 * @param count  how many published claims have it
 */
public record VerdictView(String key, String label, String description, String color, String icon, Integer rating,
        String url, int count) {
}
