package org.factsite.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic fact-check archive in FactSite's content format, the same for the same seed: about
 * 6 KB of Markdown per claim, 4-9 sources cited 8-30 times, 3-6 related questions (a third of them another
 * claim's title), about 200 tags, dates over ten years, one claim in eight in Vietnamese.
 *
 * <p>Usage: {@code java -jar factsite-benchmark.jar <content-folder> <claims> [seed] [--text=zipf]
 * [--vietnamese=all]}. By default the article text repeats a small filler vocabulary (the archive the
 * performance figures were measured on). {@code --text=zipf} writes words drawn from a vocabulary of 20,000
 * pseudo-words by Zipf's law, as natural text is, and Vietnamese claims in Vietnamese-like syllables with
 * diacritics; {@code --vietnamese=all} makes every claim Vietnamese. The search benchmark uses both.
 */
public final class SyntheticArchive {

    private static final String[] SUBJECTS = {"bridge", "vaccine", "tax", "river", "school", "budget", "forest",
        "harbour", "census", "rainfall", "railway", "hospital", "wage", "market", "satellite", "museum", "airport",
        "pension", "election", "harvest", "tariff", "factory", "clinic", "metro", "reservoir", "university"};
    private static final String[] VERBS = {"doubled", "halved", "tripled", "fell", "rose", "stayed flat",
        "was cancelled", "was approved", "was exaggerated", "was invented"};
    private static final String[] VERDICTS = {"true", "mostly-true", "mixed", "mostly-false", "false", "unsupported"};
    private static final String[] FILLER = ("the official figures published by the ministry show a different "
            + "picture once inflation and population growth are taken into account and the comparison with the "
            + "previous decade is made on the same basis as the original statement which several outlets repeated "
            + "without checking the underlying data or asking the agency responsible for it").split(" ");

    private final Random random;
    private final int claims;
    private final List<String> tags = new ArrayList<>();
    /** Natural-looking text (Zipf vocabularies) instead of the filler. */
    private final boolean zipf;
    /** Every claim in Vietnamese, not one in eight. */
    private final boolean allVietnamese;
    private final ZipfWords english;
    private final ZipfWords vietnamese;

    private SyntheticArchive(int claims, long seed, boolean zipf, boolean allVietnamese) {
        this.claims = claims;
        this.random = new Random(seed);
        this.zipf = zipf;
        this.allVietnamese = allVietnamese;
        this.english = new ZipfWords(ZipfWords.english(20_000, new Random(seed + 1)), 1.07);
        this.vietnamese = new ZipfWords(ZipfWords.vietnamese(6_000, new Random(seed + 2)), 1.0);
        for (int i = 0; i < 200; i++) {
            tags.add(i % 10 == 9 ? "chủ đề " + i : SUBJECTS[i % SUBJECTS.length] + (i < SUBJECTS.length ? "" : " " + i));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticArchive <content-folder> <claims> [seed]");
            System.exit(2);
        }
        Path content = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 && !args[2].startsWith("--") ? Long.parseLong(args[2]) : 42;
        List<String> options = List.of(args).subList(2, args.length);
        new SyntheticArchive(n, seed, options.contains("--text=zipf"), options.contains("--vietnamese=all"))
                .write(content);
        System.out.println("wrote " + n + " claims to " + content);
    }

    static String title(int i) {
        return "Did the " + SUBJECTS[i % SUBJECTS.length] + " figure number " + i + " really "
                + VERBS[(i / SUBJECTS.length) % VERBS.length] + "?";
    }

    void write(Path content) throws IOException {
        Path claimsDir = content.resolve("claims");
        Files.createDirectories(claimsDir);
        Files.writeString(content.resolve("site.yaml"), """
                title: Synthetic Fact Check
                baseUrl: https://bench.example/archive/
                description: A synthetic archive for FactSite's benchmark.
                publisher: {name: Synthetic Desk, url: "https://bench.example/"}
                """);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < claims; i++) {
            LocalDate checked = start.plusDays(random.nextInt(3650));
            Files.writeString(claimsDir.resolve(String.format("claim-%06d.md", i)), claim(i, checked),
                    StandardCharsets.UTF_8);
        }
    }

    /** The vocabulary of the claim being written, or null for the filler. */
    private ZipfWords text;

    private String claim(int i, LocalDate checked) {
        text = zipf ? (allVietnamese || i % 8 == 7 ? vietnamese : english) : null;
        int sources = 4 + random.nextInt(6);
        StringBuilder fm = new StringBuilder(1024).append("---\n");
        fm.append("title: \"").append(zipf && (allVietnamese || i % 8 == 7) ? capital(words(vietnamese, 9)) + " " + i + "?"
                : title(i)).append("\"\n");
        fm.append("claim: \"The ").append(SUBJECTS[i % SUBJECTS.length]).append(" figure ").append(i).append(' ')
                .append(VERBS[random.nextInt(VERBS.length)]).append(" last year.\"\n");
        fm.append("verdict: ").append(VERDICTS[random.nextInt(VERDICTS.length)]).append('\n');
        fm.append("checked: ").append(checked).append('\n');
        if (random.nextInt(5) == 0) {
            fm.append("updated: ").append(checked.plusDays(1 + random.nextInt(30))).append('\n');
        }
        boolean vi = allVietnamese || i % 8 == 7;
        if (vi) {
            fm.append("lang: vi\n");
        }
        fm.append("claimant: \"Politician ").append(random.nextInt(500)).append("\"\n");
        fm.append("appearances: [\"https://social.example/posts/").append(i).append("\"]\n");
        fm.append("authors: [\"Checker ").append(random.nextInt(40)).append("\"]\n");
        fm.append("tags: [\"").append(tags.get(random.nextInt(tags.size()))).append("\", \"")
                .append(tags.get(random.nextInt(tags.size()))).append("\"]\n");
        fm.append("summary: \"").append(sentence(18)).append(" [1] [2].\"\n");
        fm.append("sources:\n");
        for (int s = 1; s <= sources; s++) {
            fm.append("  - id: ").append(s).append("\n    title: \"").append(sentence(6)).append("\"\n    url: ")
                    .append("https://data.example/").append(i).append('/').append(s).append("\n    publisher: Agency ")
                    .append(random.nextInt(30)).append("\n    date: ").append(checked.minusDays(1 + random.nextInt(300)))
                    .append('\n');
        }
        fm.append("related:\n");
        int related = 3 + random.nextInt(4);
        for (int r = 0; r < related; r++) {
            String question = r < 2 && claims > 1 ? title(random.nextInt(claims))
                    : "What about the " + SUBJECTS[random.nextInt(SUBJECTS.length)] + " in region "
                            + random.nextInt(2000) + "?";
            fm.append("  - \"").append(question).append("\"\n");
        }
        fm.append("---\n");
        StringBuilder body = new StringBuilder(6500);
        int citations = 0;
        boolean[] cited = new boolean[sources + 1];
        for (int p = 0; body.length() < 5600; p++) {
            if (p % 3 == 2) {
                body.append("## ").append(capital(sentence(4))).append("\n\n");
            }
            body.append(capital(sentence(45)));
            int marks = 1 + random.nextInt(3);
            for (int m = 0; m < marks; m++) {
                int source = 1 + random.nextInt(sources);
                cited[source] = true;
                body.append(" [").append(source).append(']');
                citations++;
            }
            body.append(". ").append(capital(sentence(30))).append(".\n\n");
        }
        for (int s = 1; s <= sources; s++) {
            if (!cited[s]) {
                body.append("See also the report [").append(s).append("].\n");
                citations++;
            }
        }
        return fm.append(body).toString();
    }

    private String sentence(int words) {
        if (text != null) {
            return words(text, words);
        }
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            b.append(FILLER[random.nextInt(FILLER.length)]);
        }
        return b.toString();
    }

    private String words(ZipfWords vocabulary, int n) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < n; w++) {
            if (w > 0) {
                b.append(' ');
            }
            b.append(vocabulary.next(random));
        }
        return b.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
