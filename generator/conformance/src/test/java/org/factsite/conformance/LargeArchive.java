package org.factsite.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a deterministic archive of {@code n} claims exercising every page FactSite writes: two languages,
 * many tags (some only differing in case), every verdict, sources cited several times, related questions
 * answered by other claims or open (enough to split the questions index), corrections, claim folders with
 * images, drafts, plain pages and static files.
 */
final class LargeArchive {

    private static final String[] TAGS = {"health", "Health", "economy", "climate", "elections", "transport",
        "science", "history", "căn cước điện tử", "giao thông", "y tế", "education", "energy", "food", "water"};
    private static final String[] VERDICTS = {"true", "mostly-true", "mixed", "mostly-false", "false", "unsupported"};
    private static final String[] WORDS = {"bridge", "vaccine", "tax", "river", "school", "budget", "forest",
        "harbour", "census", "rainfall", "railway", "hospital", "wage", "market", "satellite", "museum"};
    /** A 1x1 PNG. */
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private LargeArchive() {
    }

    static void write(Path content, int n) throws IOException {
        if (Files.exists(content)) {
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(content.resolve("claims"));
        Files.createDirectories(content.resolve("pages"));
        Files.createDirectories(content.resolve("static"));
        Files.writeString(content.resolve("site.yaml"), """
                title: Large Fixture Desk
                baseUrl: https://example.org/archive/
                description: A generated archive for FactSite's conformance gates.
                pageSize: 10
                publisher: {name: Fixture Desk, url: "https://example.org/"}
                menu: [about]
                """);
        Files.writeString(content.resolve("pages/about.md"), "---\ntitle: About the fixture desk\n---\n"
                + "We check generated claims. See [the ratings](../verdicts/).\n");
        Files.write(content.resolve("static/logo.png"), PNG);
        Random random = new Random(20261127);
        for (int i = 0; i < n; i++) {
            writeClaim(content, i, n, random);
        }
    }

    static String title(int i) {
        return (i % 4 == 3 ? "Có phải " + WORDS[i % WORDS.length] + " số " + i + " tăng không?"
                : "Did the " + WORDS[i % WORDS.length] + " figure " + i + " really rise?");
    }

    private static void writeClaim(Path content, int i, int n, Random random) throws IOException {
        boolean vietnamese = i % 4 == 3;
        boolean folder = i % 10 == 0;
        int sources = 4 + random.nextInt(6);
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: \"").append(title(i)).append("\"\n");
        fm.append("claim: \"").append(vietnamese ? "Con số " + i + " đã tăng gấp đôi." : "Figure " + i + " doubled.")
                .append("\"\n");
        fm.append("verdict: ").append(VERDICTS[i % VERDICTS.length]).append('\n');
        fm.append("checked: 20").append(15 + i % 10).append('-').append(String.format("%02d", 1 + i % 12))
                .append('-').append(String.format("%02d", 1 + i % 28)).append('\n');
        if (vietnamese) {
            fm.append("lang: vi\n");
        }
        fm.append("claimant: Person ").append(i % 17).append('\n');
        fm.append("appearances: [\"https://social.example/post/").append(i).append("\"]\n");
        fm.append("tags: [\"").append(TAGS[i % TAGS.length]).append("\", \"").append(TAGS[(i * 7 + 3) % TAGS.length])
                .append("\"]\n");
        fm.append("summary: \"In short, figure ").append(i).append(" changed less than claimed [1] [2].\"\n");
        fm.append("sources:\n");
        for (int s = 1; s <= sources; s++) {
            fm.append("  - id: ").append(s).append("\n    title: \"Report ").append(i).append('.').append(s)
                    .append("\"\n    url: https://stats.example/").append(i).append('/').append(s).append('\n');
        }
        fm.append("related:\n");
        int related = 3 + random.nextInt(4);
        for (int r = 0; r < related; r++) {
            if (r == 0) {
                fm.append("  - \"").append(title((i + 1) % n)).append("\"\n"); // answered by the next claim
            } else {
                fm.append("  - \"").append(WORDS[random.nextInt(WORDS.length)]).append(" question ")
                        .append(random.nextInt(400)).append("?\"\n");
            }
        }
        if (i % 9 == 0) {
            fm.append("corrections:\n  - date: 2026-01-0").append(1 + i % 9).append("\n    note: A figure was corrected.\n");
        }
        if (folder) {
            fm.append("image: {src: post.png, alt: \"The post about figure ").append(i).append("\"}\n");
        }
        if (i % 25 == 24) {
            fm.append("draft: true\n");
        }
        fm.append("---\n");
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 6; p++) {
            if (p == 2) {
                body.append("## What the records show\n\n");
            }
            List<String> cites = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                cites.add("[" + (1 + random.nextInt(sources)) + "]");
            }
            body.append("Paragraph ").append(p).append(" about the ").append(WORDS[random.nextInt(WORDS.length)])
                    .append(" cites its evidence ").append(String.join(" ", cites)).append(".\n\n");
        }
        for (int s = 1; s <= sources; s++) {
            body.append("Source ").append(s).append(" is cited here too [").append(s).append("].\n");
        }
        if (folder) {
            body.append("\n![The chart for figure ").append(i).append("](chart.png)\n");
        }
        String slug = "claim-" + i;
        Path file = folder ? content.resolve("claims/" + slug + "/index.md") : content.resolve("claims/" + slug + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, fm + body.toString());
        if (folder) {
            Files.write(file.resolveSibling("post.png"), PNG);
            Files.write(file.resolveSibling("chart.png"), PNG);
        }
    }
}
