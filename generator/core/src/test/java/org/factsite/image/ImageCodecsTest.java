package org.factsite.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.factsite.model.PixelSize;
import org.factsite.testing.Photos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes and smaller copies of the images authors drop in claim folders, including those the JDK cannot read. */
class ImageCodecsTest {

    @TempDir
    Path dir;

    private final ImageCodecs codecs = new ImageCodecs();

    @Test
    void aCmykJpegAsPrintToolsExportItIsMeasuredAndCopiedInItsColours() throws IOException {
        byte[] cmyk = cmykJpeg(64, 48);
        Path file = Files.write(dir.resolve("print.jpg"), cmyk);
        assertEquals(Optional.of(new PixelSize(64, 48)), codecs.size(file));
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(codecs.smallerCopy("print.jpg", cmyk, 32)));
        assertEquals(32, copy.getWidth());
        assertEquals(24, copy.getHeight());
        int rgb = copy.getRGB(16, 12);
        assertTrue((rgb >> 16 & 0xff) < 60 && (rgb >> 8 & 0xff) > 200 && (rgb & 0xff) > 200,
                "full cyan ink, no other, is cyan on screen: " + Integer.toHexString(rgb));
    }

    @Test
    void aWebpIsMeasured() throws IOException {
        assertEquals(Optional.of(new PixelSize(1, 1)), codecs.size(Files.write(dir.resolve("post.webp"),
                Photos.WEBP_1X1)));
    }

    @Test
    void aPhotoStoredSidewaysIsMeasuredAndCopiedAsItIsShown() throws IOException {
        byte[] sideways = Photos.jpeg(1000, 500, 6); // stored lying down; Exif says: turn a quarter clockwise
        assertEquals(Optional.of(new PixelSize(500, 1000)), codecs.size(Files.write(dir.resolve("p.jpg"), sideways)));
        BufferedImage copy = ImageIO.read(new ByteArrayInputStream(codecs.smallerCopy("p.jpg", sideways, 250)));
        assertEquals(250, copy.getWidth());
        assertEquals(500, copy.getHeight());
        // The red corner, stored at the top left, is shown at the top right once turned clockwise.
        assertTrue(isRed(copy.getRGB(240, 10)), "red at the top right");
        assertFalse(isRed(copy.getRGB(10, 10)), "not at the top left");
    }

    @Test
    void aCopyCarriesNoMetadataAndIsTheSameEveryTime() throws IOException {
        byte[] photo = Photos.jpeg(1600, 900, 1);
        byte[] copy = codecs.smallerCopy("p.jpg", photo, 480);
        assertArrayEquals(copy, codecs.smallerCopy("p.jpg", photo, 480), "deterministic bytes");
        String text = new String(copy, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("http://ns.adobe.com/xap"), "no Exif, no XMP");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
        assertEquals(480, image.getWidth());
        assertEquals(270, image.getHeight());
        assertTrue(copy.length < photo.length / 3, "a copy a third as wide is far lighter: " + copy.length);
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysHasNoSize() throws IOException {
        assertEquals(Optional.empty(), codecs.size(Files.write(dir.resolve("fake.png"), new byte[] {1, 2, 3})));
        assertEquals(Optional.empty(), codecs.size(Files.write(dir.resolve("notes.txt"), new byte[] {1, 2, 3})));
        assertEquals(Optional.of(new PixelSize(7, 5)), codecs.size(Files.write(dir.resolve("a.png"), Photos.png(7, 5))));
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xff) > 180 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80;
    }

    /** Four channels with Adobe's segment saying CMYK (transform 0), as Photoshop and print desks export them. */
    private static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, new int[] {0, 255, 255, 255}); // Adobe stores ink inverted: full cyan only
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        }
        byte[] plain = bytes.toByteArray();
        byte[] adobe = {(byte) 0xff, (byte) 0xee, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] cmyk = new byte[plain.length + adobe.length];
        System.arraycopy(plain, 0, cmyk, 0, 2);
        System.arraycopy(adobe, 0, cmyk, 2, adobe.length);
        System.arraycopy(plain, 2, cmyk, 2 + adobe.length, plain.length - 2);
        return cmyk;
    }
}
