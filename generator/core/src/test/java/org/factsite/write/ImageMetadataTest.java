package org.factsite.write;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published images carry no metadata the desk did not write: a photo's GPS position least of all. */
class ImageMetadataTest {

    @TempDir
    Path dir;

    @Test
    void aPhotosExifWithItsGpsPositionIsLeftOutAndItsPixelsAreNotTouched() throws IOException {
        byte[] photo = photoWithGps();
        assertTrue(contains(photo, "Exif") && contains(photo, "GPS-POSITION-48.8584N"), "the fixture carries a position");
        byte[] published = ImageMetadata.strip("photo.JPG", photo);
        assertFalse(contains(published, "Exif"), "no Exif segment");
        assertFalse(contains(published, "GPS-POSITION"), "no position");
        assertFalse(contains(published, "a comment"), "no comment");
        assertTrue(contains(published, "JFIF"), "what says how to show the pixels stays");
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(photo));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(published));
        assertEquals(before.getWidth(), after.getWidth());
        assertArrayEquals(before.getRGB(0, 0, 40, 30, null, 0, 40), after.getRGB(0, 0, 40, 30, null, 0, 40),
                "the same pixels: nothing was encoded again");
    }

    @Test
    void aSidewaysPhotoKeepsItsOrientationAndLosesItsPosition() throws IOException {
        byte[] photo = photoWithGps(6);
        assertEquals(6, org.factsite.image.ExifOrientation.of(photo));
        byte[] published = ImageMetadata.strip("p.jpg", photo);
        assertFalse(contains(published, "GPS-POSITION"), "no position");
        assertEquals(6, org.factsite.image.ExifOrientation.of(published), "shown turned, as the phone took it");
        assertTrue(published.length < photo.length - 60, "the Exif now holds the one field");
        assertEquals(org.factsite.image.ExifOrientation.NORMAL,
                org.factsite.image.ExifOrientation.of(ImageMetadata.strip("p.jpg", photoWithGps())),
                "a photo without an orientation gets none");
    }

    @Test
    void aPngsTextAndTimeChunksAreLeftOut() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] bytes = png.toByteArray();
        // A tEXt chunk before IEND (the last 12 bytes), as a phone's editor writes it.
        byte[] text = chunk("tEXt", "Comment\0taken at GPS-POSITION-48.8584N".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream withText = new ByteArrayOutputStream();
        withText.write(bytes, 0, bytes.length - 12);
        withText.write(text);
        withText.write(bytes, bytes.length - 12, 12);
        byte[] published = ImageMetadata.strip("shot.png", withText.toByteArray());
        assertArrayEquals(bytes, published, "the image as it was without the chunk");
        assertEquals(20, ImageIO.read(new ByteArrayInputStream(published)).getWidth());
    }

    @Test
    void aWebpsExifAndXmpChunksGoAndItsHeaderSaysSo() {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x0c; // says: Exif and XMP follow
        byte[] riff = riff(riffChunk("VP8X", vp8x), riffChunk("VP8L", new byte[] {0x2f, 1, 2}),
                riffChunk("EXIF", "GPS-POSITION-48.8584N".getBytes(StandardCharsets.ISO_8859_1)),
                riffChunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] published = ImageMetadata.strip("post.webp", riff);
        assertFalse(contains(published, "GPS-POSITION") || contains(published, "xmpmeta"));
        assertArrayEquals(riff(riffChunk("VP8X", new byte[10]), riffChunk("VP8L", new byte[] {0x2f, 1, 2})), published,
                "the image chunks, with the flags cleared and the RIFF size that of what is left");
    }

    @Test
    void aGifsCommentsAndXmpGoAndItsLoopStays() throws IOException {
        BufferedImage image = new BufferedImage(6, 4, BufferedImage.TYPE_BYTE_INDEXED);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(image, "gif", gif);
        byte[] plain = gif.toByteArray();
        ByteArrayOutputStream marked = new ByteArrayOutputStream();
        marked.write(plain, 0, plain.length - 1); // all but the trailer
        marked.write(extension(0xfe, "taken at GPS-POSITION-48.8584N"));
        marked.write(extension(0xff, "XMP DataXMP<x:xmpmeta/>"));
        byte[] loop = extension(0xff, "NETSCAPE2.0");
        marked.write(loop);
        marked.write(0x3b);
        byte[] published = ImageMetadata.strip("meme.gif", marked.toByteArray());
        assertFalse(contains(published, "GPS-POSITION") || contains(published, "xmpmeta"), "no comment, no XMP");
        assertTrue(contains(published, "NETSCAPE2.0"), "the animation still loops");
        assertEquals(plain.length + loop.length, published.length);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(plain));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(published));
        assertArrayEquals(before.getRGB(0, 0, 6, 4, null, 0, 6), after.getRGB(0, 0, 6, 4, null, 0, 6));
    }

    /** A GIF extension block: its label, then the text in one sub-block, then the terminator. */
    private static byte[] extension(int label, String text) {
        byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(4 + data.length);
        return b.put((byte) 0x21).put((byte) label).put((byte) data.length).put(data).put((byte) 0).array();
    }

    @Test
    void otherFilesArePublishedAsTheyAre() {
        byte[] csv = "claim,verdict\nExif,GPS\n".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(csv, ImageMetadata.strip("data.csv", csv));
        byte[] notAJpeg = "not an image".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(notAJpeg, ImageMetadata.strip("fake.jpg", notAJpeg));
    }

    @Test
    void theSitePublishesAClaimsPhotoAndAStaticImageWithoutTheirMetadata() throws IOException {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Photo?", "image: {src: taken.jpg, alt: The photo}\n", ""));
        archive.writeBytes("content/claims/photo/taken.jpg", photoWithGps());
        archive.writeBytes("content/static/logo.jpg", photoWithGps());
        archive.build();
        for (String published : new String[] {"claims/photo/taken.jpg", "logo.jpg"}) {
            byte[] bytes = Files.readAllBytes(archive.site().resolve(published));
            assertFalse(contains(bytes, "GPS-POSITION") || contains(bytes, "Exif"), published + " has no metadata");
            assertEquals(40, ImageIO.read(new ByteArrayInputStream(bytes)).getWidth());
        }
    }

    @Test
    void anImageOverTheSitesLimitIsAWarningNamingIt() throws IOException {
        TestArchive archive = TestArchive.of(dir, "-- content/site.yaml --\n" + TestArchive.SITE_YAML
                + "maxImageBytes: 1000\n-- content/claims/photo/index.md --\n"
                + claim("Photo?", "image: {src: big.jpg, alt: The photo}\n", ""));
        archive.writeBytes("content/claims/photo/big.jpg", org.factsite.testing.Photos.jpeg(300, 300, 1));
        archive.writeBytes("content/claims/photo/small.png", org.factsite.testing.Photos.png(4, 4));
        archive.writeBytes("content/claims/photo/notes.txt", new byte[4096]);
        archive.build();
        String size = Math.round(Files.size(archive.root().resolve("content/claims/photo/big.jpg")) / 1024.0) + " KB";
        assertEquals(java.util.List.of("content/claims/photo/big.jpg: warning: the image is " + size + ", over the 1 KB the "
                + "site allows (maxImageBytes in site.yaml); readers on phones wait for every byte: save it smaller (say "
                + "1600 pixels wide, JPEG quality 80)"), archive.warnings());
    }

    /**
     * A JPEG as a phone writes one: JFIF, then an Exif segment whose IFD points to a GPS IFD holding the latitude
     * (its reference "N" and the text marker this test looks for), then a comment.
     */
    static byte[] photoWithGps() throws IOException {
        return photoWithGps(1);
    }

    /** The same, with an Exif orientation (before the GPS pointer) unless it is 1. */
    static byte[] photoWithGps(int orientation) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            image.setRGB(x, x % 30, 0xff0000 + x * 4);
        }
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        boolean turned = orientation != 1;
        int shift = turned ? 12 : 0;
        ByteBuffer tiff = ByteBuffer.allocate(96 + shift).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        tiff.putShort((short) (turned ? 2 : 1));
        if (turned) {
            tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        }
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26 + shift).putInt(0); // GPSInfo
        tiff.putShort((short) 2); // the GPS IFD, at 26
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 0x1b).putShort((short) 7).putInt(21).putInt(56 + shift).putInt(0); // a processing-method text
        tiff.put("GPS-POSITION-48.8584N".getBytes(StandardCharsets.ISO_8859_1));
        byte[] exif = ByteBuffer.allocate(6 + tiff.position()).put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
                .put(tiff.array(), 0, tiff.position()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int jfifEnd = 4 + ((plain[4] & 0xff) << 8 | plain[5] & 0xff); // SOI, then the JFIF segment
        out.write(plain, 0, jfifEnd);
        out.write(segment(0xe1, exif));
        out.write(segment(0xfe, "a comment".getBytes(StandardCharsets.ISO_8859_1)));
        out.write(plain, jfifEnd, plain.length - jfifEnd);
        return out.toByteArray();
    }

    private static byte[] segment(int marker, byte[] data) {
        return ByteBuffer.allocate(4 + data.length).put((byte) 0xff).put((byte) marker)
                .putShort((short) (data.length + 2)).put(data).array();
    }

    private static byte[] chunk(String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] riffChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return b.put(type.getBytes(StandardCharsets.ISO_8859_1)).putInt(data.length).put(data).array();
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4;
        for (byte[] c : chunks) {
            size += c.length;
        }
        ByteBuffer b = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.ISO_8859_1)).putInt(size).put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] c : chunks) {
            b.put(c);
        }
        return b.array();
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }
}
