package org.factsite.model;

/** An image's size in pixels, as its file says. */
public record PixelSize(int width, int height) {
}
