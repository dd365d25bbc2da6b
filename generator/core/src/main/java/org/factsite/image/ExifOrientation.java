package org.factsite.image;

/**
 * The one Exif field a published photo keeps: its orientation. A phone stores a photo taken upright as the sensor
 * saw it (sideways) and says in Exif how to turn it; browsers follow that. Stripping Exif without keeping it would
 * publish the photo sideways, and the smaller copies must be turned the same way.
 */
public final class ExifOrientation {

    /** As the pixels are stored: nothing to turn. */
    public static final int NORMAL = 1;
    private static final int TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation (1 to 8) of a JPEG's Exif, {@link #NORMAL} when it has none or it cannot be read. */
    public static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            return NORMAL;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                break; // the pixels start: Exif comes before them
            }
            int length = (jpeg[at + 2] & 0xff) << 8 | jpeg[at + 3] & 0xff;
            if (marker == 0xe1 && at + 4 + length - 2 <= jpeg.length && isExif(jpeg, at + 4)) {
                return inTiff(jpeg, at + 10, at + 2 + length);
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** Whether width and height swap when the image is shown (orientations 5 to 8 turn it a quarter). */
    public static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** A JPEG APP1 segment of an Exif holding only {@code orientation} (big-endian TIFF, one IFD entry). */
    public static byte[] segment(int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // header: big-endian, first IFD at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no next IFD
        int length = 2 + 6 + tiff.length;
        byte[] segment = new byte[2 + length];
        segment[0] = (byte) 0xff;
        segment[1] = (byte) 0xe1;
        segment[2] = (byte) (length >> 8);
        segment[3] = (byte) length;
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, segment, 4, 6);
        System.arraycopy(tiff, 0, segment, 10, tiff.length);
        return segment;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0;
    }

    /** Reads the first IFD of the TIFF structure at {@code tiff} (ending at {@code end}) for the orientation tag. */
    private static int inTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean little = b[tiff] == 'I';
        int ifd = tiff + (int) read(b, tiff + 4, 4, little);
        if (ifd < tiff || ifd + 2 > end) {
            return NORMAL;
        }
        int entries = (int) read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (read(b, entry, 2, little) == TAG) {
                int value = (int) read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int v = b[at + (little ? bytes - 1 - i : i)] & 0xff;
            value = value << 8 | v;
        }
        return value;
    }
}
