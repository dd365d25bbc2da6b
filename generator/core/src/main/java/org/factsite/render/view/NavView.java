package org.factsite.render.view;

/** A header or footer link: its address and its words, as written ({@code title}) or a message's key ({@code label}). */
public record NavView(String url, String title, String label) {
}
