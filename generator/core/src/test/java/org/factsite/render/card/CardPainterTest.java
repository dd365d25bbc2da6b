package org.factsite.render.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.factsite.render.theme.Theme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Share cards as a reader's app decodes them: their size, their chunks, their colours, their words' fit. */
class CardPainterTest {

    private static Theme theme;
    private static CardPainter painter;

    static final Card FALSE = new Card("False", "✖", "#b91c1c",
            "“The Great Wall of China is the only human-made structure visible from space, or even from the Moon, "
                    + "with the naked eye.”", "Claim by Popular trivia books and viral posts", "FactSite Demo Desk",
            "Checked 9 October 2025", null);

    @BeforeAll
    static void open() {
        theme = Theme.open(Optional.empty());
        painter = CardPainter.of(theme);
    }

    @AfterAll
    static void close() {
        theme.close();
    }

    @Test
    void theDesksLogoIsDrawnBesideItsNameInTheTextsColourAndTheCardStaysSmall() throws IOException {
        Path file = Files.createTempFile("logo", ".png");
        try {
            // A red ring on a transparent background: the card draws its shape, in the text's colour.
            BufferedImage ring = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g = ring.createGraphics();
            g.setColor(java.awt.Color.RED);
            g.fillRect(0, 0, 100, 100);
            g.dispose();
            ImageIO.write(ring, "png", file.toFile());
            CardPainter withLogo = CardPainter.of(theme, Optional.of(file));
            Card card = new Card(FALSE.band(), FALSE.icon(), FALSE.colour(), FALSE.text(), FALSE.byline(), FALSE.desk(),
                    FALSE.dateline(), withLogo.logoKey());
            byte[] png = withLogo.paint(card);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage plain = ImageIO.read(new ByteArrayInputStream(painter.paint(FALSE)));
            // The logo is 44 px high, 88 wide, its left half filled: at the footer's left, where the name was.
            int footer = 630 - 32 - 8; // about the name's baseline: half the margin and the descent above the edge
            assertEquals(0x111827, image.getRGB(64 + 20, footer - 10) & 0xffffff, "the logo's shape, in the text's colour");
            assertEquals(0xffffff, image.getRGB(64 + 70, footer - 10) & 0xffffff, "its transparent half shows the card");
            assertTrue(plain.getRGB(64 + 20, footer - 10) != image.getRGB(64 + 20, footer - 10)
                    || plain.getRGB(64 + 100, footer - 10) != image.getRGB(64 + 100, footer - 10), "the name moved right");
            assertTrue(png.length < 40_000, png.length + " bytes");
            assertEquals(4, png[24], "still sixteen colours or fewer: four bits a pixel");
            assertEquals(64, withLogo.logoKey().length(), "keyed by the logo's bytes");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aCardIsA1200By630PngWithOnlyTheChunksAReaderNeeds() throws IOException {
        byte[] png = painter.paint(FALSE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(List.of("IHDR", "PLTE", "IDAT", "IEND"), chunks(png), "no time stamp, no text, no metadata");
        assertEquals(0xb91c1c, image.getRGB(1190, 10) & 0xffffff, "the band is in the verdict's colour, exactly");
        assertEquals(0xffffff, image.getRGB(1190, 300) & 0xffffff, "the card's background");
        assertArrayEquals(png, painter.paint(FALSE), "the same card gives the same bytes");
        assertTrue(png.length < 40_000, "a card is light: " + png.length + " bytes");
    }

    @Test
    void aClaimTooLongForTheCardEndsInAnEllipsis() throws IOException {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        java.awt.FontMetrics metrics = image.createGraphics().getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF,
                java.awt.Font.PLAIN, 20));
        List<String> lines = CardPainter.wrap("word ".repeat(200), metrics, 300, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"), lines.get(2));
        assertTrue(lines.stream().allMatch(l -> metrics.stringWidth(l) <= 300), "every line fits");
        assertEquals(List.of("a short claim"), CardPainter.wrap("a short claim", metrics, 300, 3));
        List<String> address = CardPainter.wrap("https://" + "x".repeat(100) + ".example/", metrics, 300, 5);
        assertTrue(address.size() > 1 && address.stream().allMatch(l -> metrics.stringWidth(l) <= 300),
                "a word longer than a line is broken: " + address);
    }

    @Test
    void theFontsDrawVietnameseAndTheVerdictIconsAndSayWhatTheyCannotDraw() {
        assertEquals("", painter.undrawable("Sai: “Vạn Lý Trường Thành nhìn thấy được từ không gian” ✔ ◕ ◐ ◔ ✖ ?"));
        assertEquals("長城", painter.undrawable("The 長城 is long, the 長城"));
        // Asked again from what the painter learned, and a character outside the 16-bit range (an emoji) too.
        assertEquals("長\uD83D\uDE00城", painter.undrawable("長 \uD83D\uDE00 城 長 \uD83D\uDE00 Vạn"));
    }

    /** The PNG's chunk types, in order. */
    private static List<String> chunks(byte[] png) throws IOException {
        List<String> types = new ArrayList<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipBytes(8);
        while (in.available() > 0) {
            int length = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            in.skipBytes(length + 4);
        }
        return types;
    }

    /** Writes the sample cards for a look: {@code -Dfactsite.cards.dump=DIR}. */
    @Test
    void dump() throws IOException {
        String dir = System.getProperty("factsite.cards.dump");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "false.png"), painter.paint(FALSE));
            Files.write(Path.of(dir, "vi.png"), painter.paint(new Card("Sai", "✖", "#b91c1c",
                    "“Vạn Lý Trường Thành là công trình nhân tạo duy nhất nhìn thấy được từ không gian bằng mắt thường.”",
                    "Tuyên bố của: Sách đố vui và bài đăng lan truyền", "Bàn kiểm chứng FactSite",
                    "Kiểm chứng ngày 9 tháng 10 năm 2025", null)));
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                painter.paint(FALSE);
            }
            System.out.println("CardPainterTest: " + (System.nanoTime() - start) / 50 / 1000 + " µs a card, "
                    + painter.paint(FALSE).length + " bytes");
        }
    }
}
