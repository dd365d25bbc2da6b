package org.factsite.site;

import static org.factsite.testing.TestArchive.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.factsite.testing.Photos;
import org.factsite.testing.TestArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images in pages: their size from the file, smaller copies of wide photos, nothing a reader waits for needlessly. */
class ImagesTest {

    private static final String SIZES = "(max-width: 46rem) calc(100vw - 2rem), 44rem";

    @TempDir
    Path dir;

    private TestArchive archive() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Is the photo real?", "image: {src: wide.jpg, alt: The post}\n",
                        "![A street](wide.jpg)\n\n![Taken upright](upright.jpg)\n\n![A chart](chart.png)\n"));
        archive.writeBytes("content/claims/photo/wide.jpg", Photos.jpeg(1600, 900, 1));
        archive.writeBytes("content/claims/photo/upright.jpg", Photos.jpeg(1000, 500, 6));
        archive.writeBytes("content/claims/photo/chart.png", Photos.png(800, 400));
        return archive.build();
    }

    @Test
    void imagesHaveTheirSizeAndWidePhotosOfferSmallerCopies() {
        Document page = archive().html("claims/photo/index.html");
        Element wide = page.selectFirst(".analysis img[src=wide.jpg]");
        assertEquals(List.of("1600", "900"), List.of(wide.attr("width"), wide.attr("height")));
        assertEquals("wide.480w.jpg 480w, wide.960w.jpg 960w, wide.1440w.jpg 1440w, wide.jpg 1600w", wide.attr("srcset"));
        assertEquals(SIZES, wide.attr("sizes"));
        assertEquals("lazy", wide.attr("loading"));
        Element upright = page.selectFirst(".analysis img[src=upright.jpg]");
        assertEquals(List.of("500", "1000", ""), List.of(upright.attr("width"), upright.attr("height"),
                upright.attr("srcset")), "shown turned, as the phone took it; narrower than the column: no copies");
        Element chart = page.selectFirst(".analysis img[src=chart.png]");
        assertEquals(List.of("800", "400", ""), List.of(chart.attr("width"), chart.attr("height"), chart.attr("srcset")),
                "a PNG keeps its one file: a smaller PNG is often heavier");
        Element claimImage = page.selectFirst(".claim-image img");
        assertEquals("/archive/claims/photo/wide.jpg", claimImage.attr("src"));
        assertEquals(List.of("1600", "900"), List.of(claimImage.attr("width"), claimImage.attr("height")));
        assertTrue(claimImage.attr("srcset").startsWith("/archive/claims/photo/wide.480w.jpg 480w, "),
                claimImage.attr("srcset"));
    }

    @Test
    void theCopiesArePublishedAtTheirWidthsWithoutMetadata() throws IOException {
        TestArchive archive = archive();
        for (int width : new int[] {480, 960, 1440}) {
            byte[] copy = Files.readAllBytes(archive.site().resolve("claims/photo/wide." + width + "w.jpg"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
            assertEquals(List.of(width, width * 9 / 16), List.of(image.getWidth(), image.getHeight()));
            assertFalse(new String(copy, StandardCharsets.ISO_8859_1).contains("Exif"));
        }
        assertFalse(Files.exists(archive.site().resolve("claims/photo/upright.480w.jpg")));
        assertFalse(Files.exists(archive.site().resolve("claims/photo/chart.480w.png")));
        assertEquals(List.of(), archive.warnings());
    }

    @Test
    void aFileNamedLikeACopyIsAWarningAndWinsOverTheCopy() throws IOException {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Is the photo real?", "", "![A street](wide.jpg)\n"));
        archive.writeBytes("content/claims/photo/wide.jpg", Photos.jpeg(1600, 900, 1));
        byte[] own = Photos.jpeg(300, 200, 1);
        archive.writeBytes("content/claims/photo/wide.480w.jpg", own);
        archive.build();
        assertEquals(List.of("content/claims/photo/wide.480w.jpg: warning: this file has the name of the 480 px copy "
                + "FactSite makes of wide.jpg, so narrow screens would be shown it instead of that photo; rename it"),
                archive.warnings());
        assertEquals(own.length, Files.size(archive.site().resolve("claims/photo/wide.480w.jpg")),
                "the desk's own file is published, not a copy over it");
    }

    @Test
    void aDamagedImageIsPublishedAsItIsWithAWarning() {
        TestArchive archive = TestArchive.of(dir, "-- content/claims/photo/index.md --\n"
                + claim("Is the photo real?", "", "![A street](street.jpg)\n"));
        archive.writeBytes("content/claims/photo/street.jpg", "not a JPEG".getBytes(StandardCharsets.UTF_8));
        archive.build();
        assertEquals(List.of("content/claims/photo/street.jpg: warning: this image cannot be read (damaged, or not the "
                + "format its name says); it is published as it is, without its size or smaller copies: save it again "
                + "as JPEG, PNG, GIF or WebP"), archive.warnings());
        assertEquals("", archive.html("claims/photo/index.html").selectFirst(".analysis img").attr("width"));
    }
}
