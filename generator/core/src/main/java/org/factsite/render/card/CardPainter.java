package org.factsite.render.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.factsite.image.ImageCodecs;
import org.factsite.render.theme.Theme;
import org.factsite.values.Digests;

/**
 * Draws share cards with Java2D (headless: an image in memory, no display, no browser) in the theme's fonts and
 * style, and encodes them as palette PNGs. Cards are drawn from the card's words alone, in fixed fonts, so the
 * same card gives the same bytes on every machine with the same JDK. Thread-safe: each card has its own image.
 */
public final class CardPainter {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private final CardStyle style;
    private final Font regular;
    private final Font bold;
    private final Font symbols;
    /** The desk's logo, in the text's colour, at the style's height; null without one. */
    private final BufferedImage logo;
    private final String logoKey;
    /**
     * What the fonts answered for each character of the Basic Multilingual Plane: 0 not asked yet, 1 drawn, 2 not.
     * Asked once per character, not once per claim (10,000 claims ask a million times). Filled as String's hash
     * is, without a lock: a thread that sees 0 asks the fonts again and writes the same answer.
     */
    private final byte[] drawable = new byte[Character.MAX_VALUE + 1];

    private CardPainter(CardStyle style, Font regular, Font bold, Font symbols, BufferedImage logo, String logoKey) {
        this.style = style;
        this.regular = regular;
        this.bold = bold;
        this.symbols = symbols;
        this.logo = logo;
        this.logoKey = logoKey;
    }

    /** The painter of {@code theme}'s cards: its style and fonts (the default theme's, overridden file by file). */
    public static CardPainter of(Theme theme) {
        return of(theme, Optional.empty());
    }

    /**
     * The same, drawing the desk's logo ({@code site.yaml}'s {@code publisher.logo}, a file of {@code static/}) beside
     * its name, unless the theme's {@code logoHeight} is 0.
     */
    public static CardPainter of(Theme theme, Optional<Path> logoFile) {
        CardStyle style = CardStyle.of(theme.cardStyle());
        BufferedImage logo = null;
        String logoKey = null;
        if (logoFile.isPresent() && style.logoHeight() > 0) {
            try {
                byte[] bytes = Files.readAllBytes(logoFile.get());
                logo = CardLogo.silhouette(new ImageCodecs().read(logoFile.get().getFileName().toString(), bytes),
                        style.logoHeight(), style.text(), WIDTH / 3);
                logoKey = Digests.sha256(bytes);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableLogo("the logo " + logoFile.get() + " cannot be read as an image; save "
                        + "it again as PNG (with a transparent background) or JPEG", e);
            }
        }
        return new CardPainter(style, font(theme.cardFile(style.fontRegular())), font(theme.cardFile(style.fontBold())),
                font(theme.cardFile(style.fontSymbols())), logo, logoKey);
    }

    /** The desk's logo file is not an image the painter can read: a mistake of the archive, not the theme's. */
    public static final class UnreadableLogo extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnreadableLogo(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the cards' logo is, for their keys: a card is drawn again when the logo changes. Null without one. */
    public String logoKey() {
        return logoKey;
    }

    private static Font font(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IllegalArgumentException("the card font " + file + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the card font " + file, e);
        }
    }

    /** The characters of {@code text} that no card font draws, each once, in order; empty when all are drawn. */
    public String undrawable(String text) {
        StringBuilder missing = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!drawn(cp)) {
                missing = missing == null ? new StringBuilder() : missing;
                if (missing.indexOf(Character.toString(cp)) < 0) {
                    missing.appendCodePoint(cp);
                }
            }
        }
        return missing == null ? "" : missing.toString();
    }

    private boolean drawn(int cp) {
        if (cp > Character.MAX_VALUE) {
            return drawnByAFont(cp);
        }
        byte known = drawable[cp];
        if (known == 0) {
            known = drawnByAFont(cp) ? (byte) 1 : (byte) 2;
            drawable[cp] = known;
        }
        return known == 1;
    }

    private boolean drawnByAFont(int cp) {
        return Character.isWhitespace(cp) || Character.isISOControl(cp) || regular.canDisplay(cp)
                || bold.canDisplay(cp) || symbols.canDisplay(cp);
    }

    /** The card as a PNG. */
    public byte[] paint(Card card) {
        return PalettePng.encode(draw(card), blends(card));
    }

    /** The colours whose blends the card's anti-aliased edges are: each text colour with the fill under it. */
    private List<int[]> blends(Card card) {
        int band = bandColour(card).getRGB() & 0xffffff;
        int background = style.background().getRGB() & 0xffffff;
        // The rule, a flat line, takes the nearest of these (a light shade of the muted text's blend).
        return List.of(new int[] {background, style.text().getRGB() & 0xffffff},
                new int[] {background, style.muted().getRGB() & 0xffffff},
                new int[] {band, style.bandText().getRGB() & 0xffffff});
    }

    BufferedImage draw(Card card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(style.background());
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawBand(g, card);
            int margin = style.margin();
            int width = WIDTH - 2 * margin;
            Font claimFont = regular.deriveFont((float) style.claimSize());
            FontMetrics claim = g.getFontMetrics(claimFont);
            int y = style.bandHeight() + margin + claim.getAscent();
            g.setFont(claimFont);
            g.setColor(style.text());
            for (String line : wrap(drawable(card.text(), regular), claim, width, style.claimLines())) {
                g.drawString(line, margin, y);
                y += claim.getHeight();
            }
            Font metaFont = regular.deriveFont((float) style.metaSize());
            FontMetrics meta = g.getFontMetrics(metaFont);
            if (card.byline() != null) {
                g.setFont(metaFont);
                g.setColor(style.muted());
                g.drawString(fit(drawable(card.byline(), regular), meta, width), margin,
                        y - claim.getHeight() + claim.getDescent() + meta.getHeight() + margin / 4);
            }
            int footer = HEIGHT - margin / 2 - meta.getDescent();
            g.setColor(style.rule());
            g.fillRect(margin, footer - meta.getAscent() - margin / 3, width, 2);
            Font deskFont = bold.deriveFont((float) style.metaSize());
            String date = card.dateline() == null ? "" : drawable(card.dateline(), regular);
            int dateWidth = meta.stringWidth(date);
            int deskX = margin;
            if (logo != null && card.logo() != null) {
                // The logo sits on the desk name's baseline, its height the style's.
                g.drawImage(logo, margin, footer + meta.getDescent() - logo.getHeight(), null);
                deskX += logo.getWidth() + margin / 4;
            }
            g.setFont(deskFont);
            g.setColor(style.text());
            g.drawString(fit(drawable(card.desk(), bold), g.getFontMetrics(deskFont),
                    width - dateWidth - margin / 2 - (deskX - margin)), deskX, footer);
            g.setFont(metaFont);
            g.setColor(style.muted());
            g.drawString(date, WIDTH - margin - dateWidth, footer);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The band across the top: the verdict's colour, its icon and its label (or the site's title). */
    private void drawBand(Graphics2D g, Card card) {
        g.setColor(bandColour(card));
        g.fillRect(0, 0, WIDTH, style.bandHeight());
        g.setColor(style.bandText());
        Font label = bold.deriveFont((float) style.verdictSize());
        FontMetrics metrics = g.getFontMetrics(label);
        int x = style.margin();
        int baseline = (style.bandHeight() + metrics.getAscent() - metrics.getDescent()) / 2;
        String icon = card.icon() == null ? "" : card.icon().strip();
        if (!icon.isEmpty()) {
            Font iconFont = (bold.canDisplayUpTo(icon) < 0 ? bold : symbols).deriveFont((float) style.verdictSize());
            String shown = drawable(icon, iconFont);
            g.setFont(iconFont);
            g.drawString(shown, x, baseline);
            x += g.getFontMetrics(iconFont).stringWidth(shown) + style.verdictSize() / 3;
        }
        g.setFont(label);
        g.drawString(fit(drawable(card.band(), bold), metrics, WIDTH - style.margin() - x), x, baseline);
    }

    private Color bandColour(Card card) {
        Color colour = CardStyle.colour(card.colour());
        return colour == null ? style.siteBand() : colour;
    }

    /** {@code text} without the characters {@code font} cannot draw (a check warns of them, naming the claim). */
    private static String drawable(String text, Font font) {
        if (font.canDisplayUpTo(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(font::canDisplay).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Lines of at most {@code width} pixels, broken between words; past {@code maxLines}, the last ends in "…". */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(tried) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than a line (an address) is broken where it must be.
            while (metrics.stringWidth(word) > width && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && metrics.stringWidth(word.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
            if (lines.size() > maxLines) {
                break; // enough to know it is too long
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsis(kept.get(maxLines - 1), metrics, width));
        return kept;
    }

    /** {@code line} shortened to fit with "…" after it. */
    private static String ellipsis(String line, FontMetrics metrics, int width) {
        String cut = line;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /** {@code text} on one line of at most {@code width} pixels, shortened with "…" when it does not fit. */
    private static String fit(String text, FontMetrics metrics, int width) {
        return metrics.stringWidth(text) <= width ? text : ellipsis(text, metrics, width);
    }
}
