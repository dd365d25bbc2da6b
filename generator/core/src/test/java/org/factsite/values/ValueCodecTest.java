package org.factsite.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factsite.diagnostic.Diagnostic;
import org.factsite.diagnostic.Severity;
import org.factsite.markdown.ParsedMarkdown;
import org.factsite.model.CompactHtml;
import org.factsite.model.PixelSize;
import org.factsite.model.Resource;
import org.factsite.model.ReviewedMedia;
import org.factsite.parse.ClaimDraft;
import org.factsite.parse.Unfinished;
import org.junit.jupiter.api.Test;

/** The one walk of records: what it writes reads back equal, maps in their order, and nothing foreign is made. */
class ValueCodecTest {

    private static byte[] write(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new ValueWriter(out).write(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws IOException {
        return new ValueReader(new DataInputStream(new ByteArrayInputStream(bytes))).read();
    }

    @Test
    void aParsedClaimWithEveryFieldReadsBackEqual() throws IOException {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("zeta", "1");
        extra.put("alpha", List.of("a", "b"));
        extra.put("nested", Map.of("k", "v"));
        ClaimDraft draft = new ClaimDraft(Path.of("content/claims/a.md"), 1, "a", 2, "Tiêu đề?", "Claim", "false", 4,
                LocalDate.of(2026, 11, 27), Optional.of(LocalDate.of(2026, 11, 28)),
                Optional.of(new ClaimDraft.Claimant("Nguyễn Đức Anh", Optional.empty())), List.of("https://a.example/"),
                List.of("Ann"), List.of("health"),
                new ClaimDraft.Article(List.of(new ParsedMarkdown.Marker("1", 9)), List.of(), Optional.of("<p>s</p>"),
                        Optional.empty(), Optional.of("<p>l</p>"), CompactHtml.of("<p>body</p>"), Map.of("1", 1)),
                List.of(new ClaimDraft.SourceDraft("1", 7, "Source", Optional.of("https://s.example/"), Optional.empty(),
                        Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty())),
                List.of(new ClaimDraft.RelatedDraft("Q?", 8, "q", "q")), true, Optional.of("vi"),
                List.of(new ClaimDraft.CorrectionDraft(null, "note", 10)),
                Optional.of(new ClaimDraft.ImageDraft("a.png", "", 11)),
                Optional.of(new ReviewedMedia(ReviewedMedia.Kind.VIDEO, "https://v.example/1", ReviewedMedia.Rating.STAGED,
                        Optional.empty())), List.of(new Resource(Path.of("a.png"), Optional.of(new PixelSize(4, 3))),
                        new Resource(Path.of("notes.txt"), Optional.empty())), extra, false, "tieu de",
                "a", 1, List.of(new Unfinished.Spot("sources[1].url", 12, "https://example.org/x", true)));
        Object back = read(write(List.of(draft, new Diagnostic(Path.of("a.md"), 3, Severity.WARNING, "careful"))));
        assertEquals(List.of(draft, new Diagnostic(Path.of("a.md"), 3, Severity.WARNING, "careful")), back);
        @SuppressWarnings("unchecked")
        ClaimDraft read = (ClaimDraft) ((List<Object>) back).get(0);
        assertEquals(List.of("zeta", "alpha", "nested"), List.copyOf(read.extra().keySet()), "in the author's order");
        assertEquals("<p>body</p>", read.article().bodyHtml().text());
    }

    @Test
    void onlyFactSitesOwnRecordsAreMade() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(ValueWriter.RECORD);
            out.writeInt(-1);
            byte[] name = "java.lang.ProcessBuilder".getBytes(StandardCharsets.UTF_8);
            out.writeInt(name.length);
            out.write(name);
        }
        IOException e = assertThrows(IOException.class, () -> read(bytes.toByteArray()));
        assertTrue(e.getMessage().contains("not one of FactSite's values"), e.getMessage());
        assertThrows(IOException.class, () -> read(new byte[] {99}), "an unknown tag is damage, not a value");
    }
}
