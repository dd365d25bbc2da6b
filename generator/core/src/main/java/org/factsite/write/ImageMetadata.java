package org.factsite.write;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.Set;

import org.factsite.image.ExifOrientation;
import org.factsite.model.RasterFormat;

/**
 * Takes out of a published image what the desk did not write into it: the camera's Exif (with the GPS position of
 * the phone that took a photo; only its orientation is kept, or the photo would be shown sideways), XMP, IPTC,
 * comments and time stamps. The pixels are not touched (no re-encoding):
 * only the segments or chunks that carry metadata are left out; those that say how to show the pixels (JFIF, the
 * colour profile, Adobe's colour transform) stay. JPEG, PNG, WebP and GIF; any other file, or one whose structure cannot
 * be followed, is published as it is.
 */
public final class ImageMetadata {

    /** PNG chunks of text and time: the rest say how to draw the image. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    private ImageMetadata() {
    }

    /** {@code bytes} without their metadata if {@code name} is a JPEG, PNG, WebP or GIF image, else as they are. */
    public static byte[] strip(String name, byte[] bytes) {
        Optional<RasterFormat> format = RasterFormat.of(name);
        if (format.isEmpty()) {
            return bytes;
        }
        try {
            return switch (format.get()) {
                case JPEG -> jpeg(bytes);
                case PNG -> png(bytes);
                case WEBP -> webp(bytes);
                case GIF -> gif(bytes);
            };
        } catch (IndexOutOfBoundsException e) {
            return bytes; // not the format its name says: a browser will not show it either
        }
    }

    private static byte[] jpeg(byte[] in) {
        if (in.length < 4 || (in[0] & 0xff) != 0xff || (in[1] & 0xff) != 0xd8) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int orientation = ExifOrientation.of(in);
        // The one Exif field kept: without it a phone's photo would be shown sideways. It goes after JFIF's APP0.
        byte[] exif = orientation == ExifOrientation.NORMAL ? null : ExifOrientation.segment(orientation);
        int at = 2;
        while (at < in.length) {
            if ((in[at] & 0xff) != 0xff) {
                return in; // lost in the segments: leave the file alone
            }
            int marker = in[at + 1] & 0xff;
            if (marker == 0xff) { // fill byte
                at++;
                continue;
            }
            if (exif != null && marker != 0xe0) {
                out.writeBytes(exif);
                exif = null;
            }
            if (marker == 0xda || marker == 0xd9) { // start of scan (the pixels follow) or end: the rest as it is
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            int length = (in[at + 2] & 0xff) << 8 | in[at + 3] & 0xff;
            int end = at + 2 + length;
            if (length < 2 || end > in.length) {
                return in;
            }
            if (keptJpegSegment(marker, in, at + 4)) {
                out.write(in, at, end - at);
            }
            at = end;
        }
        return out.toByteArray();
    }

    /** APP0 (JFIF), APP2 only as an ICC profile, APP14 (Adobe); every other APPn and comments go. */
    private static boolean keptJpegSegment(int marker, byte[] in, int data) {
        if (marker == 0xfe) {
            return false; // COM
        }
        if (marker < 0xe0 || marker > 0xef) {
            return true; // tables and frame headers
        }
        return marker == 0xe0 || marker == 0xee
                || marker == 0xe2 && startsWith(in, data, "ICC_PROFILE");
    }

    private static byte[] png(byte[] in) {
        if (in.length < 8 || (in[0] & 0xff) != 0x89 || in[1] != 'P' || in[2] != 'N' || in[3] != 'G') {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int at = 8;
        while (at + 8 <= in.length) {
            int length = readInt(in, at);
            String type = new String(in, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            long end = (long) at + 12 + length;
            if (length < 0 || end > in.length) {
                return in;
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(in, at, (int) end - at);
            }
            at = (int) end;
            if (type.equals("IEND")) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static byte[] webp(byte[] in) {
        if (in.length < 12 || !startsWith(in, 0, "RIFF") || !startsWith(in, 8, "WEBP")) {
            return in;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        body.write(in, 8, 4);
        int at = 12;
        int vp8x = -1;
        while (at + 8 <= in.length) {
            String type = new String(in, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int size = in[at + 4] & 0xff | (in[at + 5] & 0xff) << 8 | (in[at + 6] & 0xff) << 16 | (in[at + 7] & 0xff) << 24;
            long end = (long) at + 8 + size + (size & 1);
            if (size < 0 || end > in.length) {
                return in;
            }
            if (!type.equals("EXIF") && !type.equals("XMP ")) {
                if (type.equals("VP8X")) {
                    vp8x = body.size();
                }
                body.write(in, at, (int) end - at);
            }
            at = (int) end;
        }
        byte[] chunks = body.toByteArray();
        if (vp8x >= 0) {
            chunks[vp8x + 8] &= (byte) ~0x0c; // the flags: no Exif (0x08), no XMP (0x04)
        }
        byte[] out = new byte[8 + chunks.length];
        System.arraycopy(in, 0, out, 0, 4);
        int riff = chunks.length;
        out[4] = (byte) riff;
        out[5] = (byte) (riff >> 8);
        out[6] = (byte) (riff >> 16);
        out[7] = (byte) (riff >> 24);
        System.arraycopy(chunks, 0, out, 8, chunks.length);
        return out;
    }

    /**
     * A GIF without its comment extensions and application extensions (XMP travels in one), except the one that
     * says how often an animation loops (NETSCAPE2.0, or its ANIMEXTS1.0 twin).
     */
    private static byte[] gif(byte[] in) {
        if (in.length < 13 || !startsWith(in, 0, "GIF8")) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int packed = in[10] & 0xff;
        int at = 13 + ((packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0); // header, screen, global colours
        out.write(in, 0, at);
        while (at < in.length) {
            int block = in[at] & 0xff;
            if (block == 0x3b) { // trailer
                out.write(in, at, in.length - at);
                return out.toByteArray();
            }
            int start = at;
            if (block == 0x21) {
                int label = in[at + 1] & 0xff;
                at = subBlocksEnd(in, at + 2);
                boolean loop = label == 0xff && (startsWith(in, start + 3, "NETSCAPE2.0")
                        || startsWith(in, start + 3, "ANIMEXTS1.0"));
                if (label != 0xfe && (label != 0xff || loop)) {
                    out.write(in, start, at - start);
                }
            } else if (block == 0x2c) {
                int local = in[at + 9] & 0xff;
                at += 10 + ((local & 0x80) != 0 ? 3 << ((local & 0x07) + 1) : 0);
                at = subBlocksEnd(in, at + 1); // the LZW code size, then the pixels
                out.write(in, start, at - start);
            } else {
                return in; // lost in the blocks: leave the file alone
            }
        }
        return in; // no trailer: not a GIF to touch
    }

    /** The index after a chain of sub-blocks (each a length byte and its data) and its zero terminator. */
    private static int subBlocksEnd(byte[] in, int at) {
        while (true) {
            int size = in[at] & 0xff;
            at += 1 + size;
            if (size == 0) {
                return at;
            }
        }
    }

    private static boolean startsWith(byte[] in, int at, String text) {
        if (at + text.length() > in.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (in[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] in, int at) {
        return (in[at] & 0xff) << 24 | (in[at + 1] & 0xff) << 16 | (in[at + 2] & 0xff) << 8 | in[at + 3] & 0xff;
    }
}
