package org.factsite.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.factsite.image.ExifOrientation;

/** Image files for tests, made in memory: photos as cameras write them, and a WebP. */
public final class Photos {

    /** A 1x1 lossless WebP (the one Modernizr uses to detect WebP support). */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private Photos() {
    }

    /**
     * A JPEG {@code width} x {@code height} as stored: a blue-to-green gradient with a red square in its top-left
     * corner (so a test can tell how it was turned), with an Exif {@code orientation} unless it is 1.
     */
    public static byte[] jpeg(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3060c0), width, height, new Color(0x40a060)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 5, height / 5);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] plain = out.toByteArray();
        if (orientation == ExifOrientation.NORMAL) {
            return plain;
        }
        int jfifEnd = 4 + ((plain[4] & 0xff) << 8 | plain[5] & 0xff); // SOI, then the JFIF segment
        byte[] exif = ExifOrientation.segment(orientation);
        byte[] photo = new byte[plain.length + exif.length];
        System.arraycopy(plain, 0, photo, 0, jfifEnd);
        System.arraycopy(exif, 0, photo, jfifEnd, exif.length);
        System.arraycopy(plain, jfifEnd, photo, jfifEnd + exif.length, plain.length - jfifEnd);
        return photo;
    }

    /** A PNG of one colour. */
    public static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
