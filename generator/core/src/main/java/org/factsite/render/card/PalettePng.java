package org.factsite.render.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an RGB image as a palette PNG: the chunks a reader needs (IHDR, PLTE, IDAT, IEND) and nothing else, so
 * no time stamp or text makes two builds differ. A card has few colours: flat fills, and the anti-aliased edges
 * of text, blends of a text colour and the fill under it. The palette is those colours themselves with
 * {@link #STEPS} steps of each blend between them, and every pixel takes the nearest: fills keep their exact
 * colour, edges lose nothing an eye sees at a card's size. The JDK's PNG writer takes 20 to 50 ms for a card;
 * this, with half a byte a pixel and the "Up" filter, a few.
 */
final class PalettePng {

    /**
     * Deflate's level: 1, the fastest. On a card with a long claim it gives 23 KB where 4 gives 19 and 9 gives 18,
     * in a third of level 4's time and a tenth of level 9's (measured in docs/performance.md).
     */
    static final int LEVEL = 1;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PalettePng() {
    }

    /**
     * How many steps each blend of two colours gets: four (three shades between the two) keep three blends within
     * sixteen colours, half a byte a pixel; at 1200 pixels wide the eye sees no difference from 24.
     */
    static final int STEPS = 4;

    /**
     * @param blends pairs of colours ({@code 0xrrggbb}: a text colour and the fill it is drawn on) whose blends the
     *               image's other colours are, for a palette when the image has more than 256 colours
     */
    static byte[] encode(BufferedImage image, List<int[]> blends) {
        return encode(image, blends, STEPS, LEVEL);
    }

    static byte[] encode(BufferedImage image, List<int[]> blends, int steps, int level) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image is expected");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] palette = blendsOf(blends, steps);
        // Each colour's index, found once: a card has a few thousand colours in 756,000 pixels.
        ColourIndex index = new ColourIndex(palette);
        // Sixteen colours or fewer take half a byte a pixel: half the bytes to deflate, the card's main cost.
        int bits = palette.length <= 16 ? 4 : 8;
        int stride = bits == 4 ? (width + 1) / 2 : width;
        // Each row: its filter type, then its palette indexes. Filter "Up" (each byte less the one above) turns
        // the card's flat areas into zeros, which deflate passes over fastest.
        byte[] rows = new byte[(stride + 1) * height];
        byte[] above = new byte[stride];
        byte[] current = new byte[stride];
        int last = -1;
        byte at = 0;
        for (int y = 0; y < height; y++) {
            int row = y * (stride + 1);
            rows[row] = 2;
            int start = y * width;
            // Most of a card's rows repeat the one above (its fills): under filter Up they are all zeros, as
            // the array already is, and the row above stays the one to subtract.
            if (y > 0 && Arrays.equals(pixels, start, start + width, pixels, start - width, start)) {
                continue;
            }
            Arrays.fill(current, (byte) 0);
            for (int x = 0; x < width; x++) {
                int c = pixels[start + x] & 0xffffff;
                if (c != last) { // runs of one colour are most of a card
                    at = index.of(c);
                    last = c;
                }
                if (bits == 8) {
                    current[x] = at;
                } else {
                    current[x >> 1] |= (byte) ((x & 1) == 0 ? at << 4 : at);
                }
            }
            for (int x = 0; x < stride; x++) {
                rows[row + 1 + x] = (byte) (current[x] - above[x]);
            }
            byte[] swap = above;
            above = current;
            current = swap;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = (byte) bits; // bits per index
        header[9] = 3; // palette colour
        chunk(png, "IHDR", header);
        byte[] plte = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            plte[i * 3] = (byte) (palette[i] >> 16);
            plte[i * 3 + 1] = (byte) (palette[i] >> 8);
            plte[i * 3 + 2] = (byte) palette[i];
        }
        chunk(png, "PLTE", plte);
        chunk(png, "IDAT", deflate(rows, level));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The pairs' colours and {@link #STEPS} blends between each pair, sorted, at most 256. */
    private static int[] blendsOf(List<int[]> pairs, int steps) {
        java.util.TreeSet<Integer> colours = new java.util.TreeSet<>();
        for (int[] pair : pairs) {
            for (int step = 0; step <= steps; step++) {
                colours.add(blend(pair[0], pair[1], step / (double) steps));
            }
        }
        if (colours.size() > 256) {
            throw new IllegalArgumentException("too many blends for one palette: " + pairs.size());
        }
        return colours.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return r << 16 | g << 8 | bl;
    }

    /** A colour's palette index: its own, or the nearest colour's; remembered per colour (open addressing). */
    private static final class ColourIndex {

        private final int[] palette;
        private int[] keys = new int[4096]; // colour + 1; 0 is an empty slot
        private byte[] values = new byte[4096];
        private int size;

        ColourIndex(int[] palette) {
            this.palette = palette;
        }

        byte of(int colour) {
            int slot = (colour * 0x9E3779B1 >>> 16) & (keys.length - 1);
            if (keys[slot] == colour + 1) { // the common case, small enough for the JIT to inline
                return values[slot];
            }
            return find(colour);
        }

        private byte find(int colour) {
            int mask = keys.length - 1;
            int slot = (colour * 0x9E3779B1 >>> 16) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == colour + 1) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            int exact = Arrays.binarySearch(palette, colour);
            byte index = (byte) (exact >= 0 ? exact : nearest(colour));
            keys[slot] = colour + 1;
            values[slot] = index;
            if (++size * 2 > keys.length) {
                grow();
            }
            return index;
        }

        private void grow() {
            int[] oldKeys = keys;
            byte[] oldValues = values;
            keys = new int[oldKeys.length * 2];
            values = new byte[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = ((oldKeys[i] - 1) * 0x9E3779B1 >>> 16) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private int nearest(int colour) {
            int best = 0;
            long bestDistance = Long.MAX_VALUE;
            for (int i = 0; i < palette.length; i++) {
                int dr = ((colour >> 16) & 0xff) - ((palette[i] >> 16) & 0xff);
                int dg = ((colour >> 8) & 0xff) - ((palette[i] >> 8) & 0xff);
                int db = (colour & 0xff) - (palette[i] & 0xff);
                long distance = 2L * dr * dr + 4L * dg * dg + 3L * db * db; // green counts most to the eye
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
            return best;
        }
    }

    private static byte[] deflate(byte[] data, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 16);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] to, int at, int value) {
        to[at] = (byte) (value >>> 24);
        to[at + 1] = (byte) (value >>> 16);
        to[at + 2] = (byte) (value >>> 8);
        to[at + 3] = (byte) value;
    }
}
