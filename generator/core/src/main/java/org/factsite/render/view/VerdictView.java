package org.factsite.render.view;

/** @param rating the number on the scale, or null for a conclusion-only verdict */
public record VerdictView(String key, String label, String description, String color, String icon, Integer rating) {
}
