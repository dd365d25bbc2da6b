package org.factsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.factsite.site.FactSite;
import org.factsite.testing.Fixtures;
import org.factsite.testing.Folders;
import org.factsite.testing.SiteTree;
import org.factsite.testing.TestArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index on a generated archive in English and Vietnamese: the Java reader and the theme's script
 * (under Node) give the same answers for the same queries and stem words alike; rare terms find every claim
 * that holds them; a claim's exact title finds it first; the index does not change when nothing changed.
 */
class SearchIndexTest {

    private static final int CLAIMS = 400;
    private static final List<String> ENGLISH = List.of("vaccine", "vaccines", "vaccinated", "election", "elections",
            "bridge", "toll", "tolls", "ferry", "water", "drinking", "price", "prices", "rising", "rose", "minister",
            "said", "says", "photo", "photos", "flood", "flooding", "school", "schools", "hospital", "budget",
            "loan", "loans", "identity", "card", "cards", "police", "fines", "fined", "road", "roads", "rice",
            "export", "exports", "fisheries", "typhoon", "electricity", "doubled", "tripled", "methodology",
            "technology", "the", "of", "and", "a", "is", "was");
    private static final List<String> VIETNAMESE = List.of("được", "tiêm", "người", "dân", "cầu", "mới", "vốn",
            "vay", "giá", "điện", "tăng", "gấp", "đôi", "học", "sinh", "miễn", "phí", "đường", "bộ", "lũ", "lụt",
            "thuế", "căn", "cước", "không", "có", "phải", "là");

    private static final String RARE = "quokka";

    @TempDir
    static Path dir;
    static Path site;
    static IndexReader reader;
    static Map<String, String> texts = new LinkedHashMap<>();

    @BeforeAll
    static void build() throws Exception {
        Random random = new Random(7);
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            boolean vi = i % 8 == 0;
            List<String> words = vi ? VIETNAMESE : ENGLISH;
            String title = sentence(random, words, 6) + " " + i;
            // A rare word in every claim, each shared by eight claims: recall is checked on these.
            String body = sentence(random, words, 60) + " " + RARE + (i % 50);
            texts.put("c" + i, title + " " + body);
            spec.append("-- content/claims/c").append(i).append(".md --\n").append(TestArchive.claim(title,
                    (vi ? "lang: vi\n" : "") + "tags: [t" + i % 5 + "]\n", body + "\n")
                    .replace("verdict: false", "verdict: " + (i % 3 == 0 ? "true" : "false"))
                    .replace("checked: 2025-10-09", "checked: " + (2020 + i % 5) + "-0" + (1 + i % 9) + "-1" + i % 10));
        }
        TestArchive archive = TestArchive.of(dir, spec.toString());
        FactSite.buildClean(archive.request().withClock(Fixtures.TODAY));
        site = archive.site();
        reader = new IndexReader(site.resolve("search"));
    }

    private static String sentence(Random random, List<String> words, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(words.get(random.nextInt(words.size())));
        }
        return String.join(" ", out);
    }

    private static List<String> queries() {
        List<String> queries = new ArrayList<>(List.of("vaccine", "vaccinated", "Vaccines", "election photos",
                "the", "methodology", "technology schools", "duoc tiem", "được tiêm", "nguoi dan", "gia dien tang",
                "cau moi von vay", "khong", "toll bridge", "rice exports", "nothing-like-this"));
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            List<String> words = i % 3 == 0 ? VIETNAMESE : ENGLISH;
            String q = words.get(random.nextInt(words.size())) + (i % 2 == 0 ? " " + words.get(random.nextInt(words.size())) : "");
            queries.add(i % 3 == 0 && i % 2 == 0 ? TextAnalysis.fold(q) : q);
        }
        return queries;
    }

    @Test
    void theScriptAnswersAsTheJavaReader() throws Exception {
        List<String> queries = queries();
        StringBuilder input = new StringBuilder();
        queries.forEach(q -> input.append("query\t").append(q).append("\t\t\n"));
        input.append("query\tvaccine\tverdict\ttrue\n");
        input.append("query\tduoc\tlang\tvi\n");
        List<String> script = node(input.toString());
        List<String> java = new ArrayList<>();
        queries.forEach(q -> java.add(line(reader.search(q, Map.of()))));
        java.add(line(reader.search("vaccine", Map.of("verdict", "true"))));
        java.add(line(reader.search("duoc", Map.of("lang", "vi"))));
        assertEquals(java, script);
        assertTrue(reader.search("duoc tiem", Map.of()).total() > 0, "Vietnamese typed without diacritics is found");
    }

    @Test
    void theScriptStemsAsTheIndex() throws Exception {
        Set<String> words = new HashSet<>(ENGLISH);
        words.addAll(List.of("generalization", "oscillators", "conditional", "agreed", "sky", "dying", "abilities",
                "hopeful", "relational", "ideology", "biology", "running", "flies", "controlling"));
        List<String> sorted = words.stream().sorted().toList();
        StringBuilder input = new StringBuilder();
        sorted.forEach(w -> input.append("stem\t").append(w).append('\n'));
        TextAnalysis analysis = new TextAnalysis();
        assertEquals(sorted.stream().map(analysis::stem).toList(), node(input.toString()));
    }

    @Test
    void theScriptLooksForEveryTermInItsShard() throws Exception {
        List<String> terms = new ArrayList<>();
        try (var shards = Files.list(site.resolve("search/t"))) {
            for (Path shard : shards.sorted().toList()) {
                Files.readAllLines(shard).forEach(line -> terms.add(line.substring(0, line.indexOf('\t'))));
            }
        }
        assertTrue(terms.size() > 500 && terms.stream().anyMatch(t -> t.startsWith(TextAnalysis.EXACT))
                && terms.stream().anyMatch(t -> t.contains(TextAnalysis.PAIR)), "words, exact forms and pairs");
        StringBuilder input = new StringBuilder();
        terms.forEach(t -> input.append("shardKey\t").append(t).append('\n'));
        TextAnalysis analysis = new TextAnalysis();
        assertEquals(terms.stream().map(analysis::shardKey).toList(), node(input.toString()));
    }

    private static String line(IndexReader.Result result) {
        return result.total() + "\t" + String.join(",", result.ids().stream().map(String::valueOf).toList());
    }

    @Test
    void rareTermsFindEveryClaimThatHoldsThem() {
        TextAnalysis analysis = new TextAnalysis();
        for (int n = 0; n < 50; n++) {
            String word = RARE + n;
            String query = n % 2 == 0 ? word : word + " " + ENGLISH.get(n);
            List<String> terms = analysis.terms(query, "en", false); // its words: a claim holds them, side by side or not
            // Brute force: the claims whose text holds every term of the query, analysed as their language.
            List<String> holding = texts.entrySet().stream()
                    .filter(e -> {
                        String lang = Integer.parseInt(e.getKey().substring(1)) % 8 == 0 ? "vi" : "en";
                        List<String> own = analysis.terms(e.getValue(), lang);
                        return terms.stream().allMatch(t -> own.contains(t) || own.contains(TextAnalysis.fold(t)));
                    })
                    .map(Map.Entry::getKey).toList();
            IndexReader.Result result = reader.search(query, Map.of());
            Set<String> found = new HashSet<>();
            result.ids().forEach(id -> found.add(slug(reader.card(id).get(0))));
            long recalled = holding.stream().filter(found::contains).count();
            assertTrue(!holding.isEmpty() && recalled >= 0.95 * holding.size(),
                    query + ": " + recalled + " of " + holding.size() + " on the first page");
        }
    }

    @Test
    void anExactTitleFindsItsClaimFirst() {
        for (String slug : List.of("c3", "c8", "c101", "c399")) {
            String title = texts.get(slug).substring(0, texts.get(slug).indexOf(slug.substring(1) + " ")
                    + slug.length() - 1);
            IndexReader.Result result = reader.search(title, Map.of());
            assertEquals("/archive/claims/" + slug + "/", reader.card(result.ids().get(0)).get(0), title);
        }
    }

    @Test
    void theIndexIsSmallAndDeterministic(@TempDir Path again) throws Exception {
        long bytes;
        int files;
        try (var walk = Files.walk(site.resolve("search"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(files < CLAIMS, files + " files");
        assertTrue(bytes < CLAIMS * 4_000L, bytes + " bytes");
        TestArchive copy = TestArchive.of(again, "");
        Folders.copy(dir.resolve("content"), again.resolve("content"));
        FactSite.buildClean(copy.request().withClock(Fixtures.TODAY));
        assertEquals(List.of(), SiteTree.of(copy.site().resolve("search")).differencesFrom(
                SiteTree.of(site.resolve("search"))), "the same archive, the same index");
    }

    private static String slug(String url) {
        String[] parts = url.split("/");
        return parts[parts.length - 1];
    }

    /** Runs the theme's script under Node on the lines of {@code input}; skipped without Node outside CI. */
    private static List<String> node(String input) throws IOException, InterruptedException {
        boolean haveNode;
        try {
            haveNode = new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            haveNode = false;
        }
        if (!haveNode) {
            Assumptions.assumeFalse(System.getenv("CI") == null, "Node is not installed; CI requires it");
            throw new AssertionError("Node is required under CI=true for the search script's tests");
        }
        Path script = Path.of("src/test/resources/search/query.mjs").toAbsolutePath();
        Process node = new ProcessBuilder("node", script.toString(), Fixtures.THEME.toAbsolutePath().toString(),
                site.resolve("search").toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        node.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS) && node.exitValue() == 0, "node failed: " + out);
        return out.lines().toList();
    }
}
