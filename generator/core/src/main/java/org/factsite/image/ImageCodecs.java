package org.factsite.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

import org.factsite.model.PixelSize;
import org.factsite.model.RasterFormat;

/**
 * Reads the images of claim folders (their size, their pixels) and writes smaller copies of photos. JPEGs are read
 * by TwelveMonkeys (CMYK and YCCK files, which the JDK refuses), WebP by TwelveMonkeys (the JDK reads none), PNG and
 * GIF by the JDK. The readers live in a registry of this object's own: nothing is added to ImageIO's registry, which
 * the whole JVM shares (Maven may run several builds in it), and the choice of reader does not depend on what
 * else is on the class path. Thread-safe: every call makes its own reader.
 */
public final class ImageCodecs {

    /** JPEG quality of the smaller copies: no visible loss at the sizes they are shown. */
    private static final float COPY_QUALITY = 0.82f;

    private final ImageReaderSpi jpeg;
    private final ImageReaderSpi webp;
    private final ImageReaderSpi png;
    private final ImageReaderSpi gif;
    private final ImageWriterSpi jpegWriter;

    public ImageCodecs() {
        IIORegistry shared = IIORegistry.getDefaultInstance();
        ImageReaderSpi jdkJpeg = jdk(shared, ImageReaderSpi.class, "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi");
        // TwelveMonkeys' JPEG reader decodes through the JDK's: it finds it in the registry it is registered in.
        ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        own.registerServiceProvider(jdkJpeg, ImageReaderSpi.class);
        this.jpeg = new JPEGImageReaderSpi();
        own.registerServiceProvider(jpeg, ImageReaderSpi.class);
        this.webp = new WebPImageReaderSpi();
        this.png = jdk(shared, ImageReaderSpi.class, "com.sun.imageio.plugins.png.PNGImageReaderSpi");
        this.gif = jdk(shared, ImageReaderSpi.class, "com.sun.imageio.plugins.gif.GIFImageReaderSpi");
        this.jpegWriter = jdk(shared, ImageWriterSpi.class, "com.sun.imageio.plugins.jpeg.JPEGImageWriterSpi");
    }

    /**
     * The size an image is shown at (a photo a phone stored sideways is shown turned): empty when {@code file}
     * is not a JPEG, PNG, GIF or WebP FactSite can read.
     */
    public Optional<PixelSize> size(Path file) {
        Optional<ImageReaderSpi> spi = readerFor(file.getFileName().toString());
        if (spi.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
                ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            ImageReader reader = spi.get().createReaderInstance();
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                boolean turned = spi.get() == jpeg && ExifOrientation.swapsSides(orientation(file));
                return Optional.of(turned ? new PixelSize(height, width) : new PixelSize(width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not an image after all, or damaged: published as it is, without a size
        }
    }

    /** The pixels of the image in {@code bytes} (named {@code name}), turned as its Exif says. */
    public BufferedImage read(String name, byte[] bytes) throws IOException {
        ImageReaderSpi spi = readerFor(name).orElseThrow(() -> new IOException("not a readable image: " + name));
        return ImageScaling.upright(decode(spi, bytes), spi == jpeg ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL);
    }

    /**
     * A JPEG copy of the image in {@code bytes} (named {@code name}), {@code width} pixels wide, turned as its Exif
     * says, transparent parts on white; no metadata. Deterministic: the same bytes give the same copy.
     */
    public byte[] smallerCopy(String name, byte[] bytes, int width) throws IOException {
        ImageReaderSpi spi = readerFor(name).orElseThrow(() -> new IOException("not a readable image: " + name));
        BufferedImage image = decode(spi, bytes);
        int orientation = spi == jpeg ? ExifOrientation.of(bytes) : ExifOrientation.NORMAL;
        return jpeg(ImageScaling.toWidth(ImageScaling.upright(image, orientation), width));
    }

    private static BufferedImage decode(ImageReaderSpi spi, byte[] bytes) throws IOException {
        try (ImageInputStream stream = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = spi.createReaderInstance();
            try {
                reader.setInput(stream, true, true);
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = jpegWriter.createWriterInstance();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(COPY_QUALITY);
            if (param instanceof javax.imageio.plugins.jpeg.JPEGImageWriteParam jpegParam) {
                jpegParam.setOptimizeHuffmanTables(true); // about a tenth smaller, the same pixels
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int orientation(Path file) throws IOException {
        byte[] head = new byte[65_536 + 4];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, head.length);
            return ExifOrientation.of(read == head.length ? head : java.util.Arrays.copyOf(head, read));
        }
    }

    private Optional<ImageReaderSpi> readerFor(String name) {
        return RasterFormat.of(name).map(format -> switch (format) {
            case JPEG -> jpeg;
            case PNG -> png;
            case GIF -> gif;
            case WEBP -> webp;
        });
    }

    private static <T> T jdk(IIORegistry registry, Class<T> kind, String className) {
        Iterator<T> providers = registry.getServiceProviders(kind, false);
        while (providers.hasNext()) {
            T provider = providers.next();
            if (provider.getClass().getName().equals(className)) {
                return provider;
            }
        }
        throw new IllegalStateException("this Java has no " + className + " (java.desktop is needed)");
    }

    /** Scaling and turning, apart from the codecs. */
    static final class ImageScaling {

        private ImageScaling() {
        }

        /** The image as it is shown: turned or mirrored as the Exif orientation says. */
        static BufferedImage upright(BufferedImage image, int orientation) {
            if (orientation == ExifOrientation.NORMAL) {
                return image;
            }
            int w = image.getWidth();
            int h = image.getHeight();
            boolean swap = ExifOrientation.swapsSides(orientation);
            AffineTransform t = new AffineTransform();
            switch (orientation) {
                case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
                case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
                case 4 -> { t.translate(0, h); t.scale(1, -1); }
                case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
                case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
                case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
                case 8 -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
                default -> { }
            }
            BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = turned.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
            g.drawImage(image, t, null);
            g.dispose();
            return turned;
        }

        /**
         * The image {@code width} pixels wide, halving first while it is more than twice that (one bilinear step
         * from far larger skips pixels and looks grainy), on white.
         */
        static BufferedImage toWidth(BufferedImage image, int width) {
            BufferedImage current = image;
            int w = image.getWidth();
            int h = image.getHeight();
            int targetHeight = Math.max(1, Math.round((float) h * width / w));
            do {
                int nextW = Math.max(width, w / 2);
                int nextH = nextW == width ? targetHeight : Math.max(targetHeight, h / 2);
                current = draw(current, nextW, nextH);
                w = nextW;
                h = nextH;
            } while (w > width);
            return current;
        }

        private static BufferedImage draw(BufferedImage image, int width, int height) {
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            return scaled;
        }
    }
}
