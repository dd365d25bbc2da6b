package org.factsite.render.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A desk's logo as a card draws it: its shape in the card's text colour. A card is a palette PNG of a few colours
 * (small, and quick to encode); a logo in its own colours would bring hundreds. The shape is the logo's opaque
 * parts when it has transparency, else its dark parts (a dark logo on white).
 */
final class CardLogo {

    private CardLogo() {
    }

    /** The logo {@code height} pixels high (at most {@code maxWidth} wide), as coverage in {@code colour}. */
    static BufferedImage silhouette(BufferedImage logo, int height, Color colour, int maxWidth) {
        int width = Math.max(1, Math.round((float) logo.getWidth() * height / logo.getHeight()));
        if (width > maxWidth) {
            height = Math.max(1, Math.round((float) height * maxWidth / width));
            width = maxWidth;
        }
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(logo, 0, 0, width, height, null);
        g.dispose();
        boolean transparent = logo.getColorModel().hasAlpha();
        int rgb = colour.getRGB() & 0xffffff;
        BufferedImage shape = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = scaled.getRGB(x, y);
                int alpha = argb >>> 24;
                int luminance = ((argb >> 16 & 0xff) * 299 + (argb >> 8 & 0xff) * 587 + (argb & 0xff) * 114) / 1000;
                int coverage = transparent ? alpha : 255 - luminance;
                shape.setRGB(x, y, coverage << 24 | rgb);
            }
        }
        return shape;
    }
}
