package org.factsite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.factsite.model.SiteLayout;
import org.factsite.write.SiteOutput;

/**
 * Writes the search index into {@code search/}: a small manifest, the terms cut into shards, result cards
 * in small groups, and filter lists. A browser fetches the manifest, then only the shards of its query's
 * terms and the cards of the first results, so a query costs a few tens of kilobytes whatever the
 * archive's size. The format, for the script that reads it ({@code search.js}) and the tests' reader:
 * <ul>
 * <li>{@code manifest.json}: {@code docs}, {@code cardSize}, {@code primary}, {@code kept}, {@code moreGroup},
 * {@code shards} (how many),
 * {@code frequent} (terms in more than half of the documents), {@code filters} (verdicts, each filtered taxonomy's terms ({@code tag} ...), years,
 * languages with their labels, counts and files), {@code verdicts} (each verdict's badge colour and icon);</li>
 * <li>{@code t/<n>.txt}, where n (base 36) is the {@link #bucket} of the term's
 * {@link TextAnalysis#shardKey} among {@code shards}: one line per
 * term, sorted: {@code term TAB df TAB postings TAB more}, where postings are the best {@link #PRIMARY}
 * documents, best first, in groups of one score: {@code score:id,gap,gap} (base 36; each id after the first
 * as its distance from the one before), groups separated by {@code ;}; {@code more} is 1 when
 * {@code m/<n / moreGroup>.txt}
 * (lines in term order, several shards' terms per file) holds the
 * next ones, up to {@link #KEPT} in all, fetched only to list more results (df still counts them all);</li>
 * <li>{@code c/<n>.json}: the cards of documents {@code n*cardSize} to {@code n*cardSize+cardSize-1};</li>
 * <li>{@code f/<filter>.txt}: the sorted ids of the documents a filter keeps, base 36, one per line.</li>
 * </ul>
 * Document ids follow the check date, oldest first (then the slug), so a new claim usually takes the next
 * id and leaves the others' alone. A term's shard is its hash modulo the number of shards (a power of two
 * chosen by the index's size), so the manifest does not grow with the archive, a query's shards are known
 * without a directory to read first, and an edit changes only the shards of the terms it touches (the rest
 * keep their bytes and published files).
 */
public final class SearchIndex {

    /** Postings per term in its shard; the rest wait in the term's second file. */
    static final int PRIMARY = 64;
    /**
     * Postings kept per term at most (the best): a word in thousands of claims ranks them, it does not find
     * them, and listing them all would be most of the index.
     */
    static final int KEPT = 1_000;
    /**
     * Shards whose second files share one: those are fetched only to filter, and fewer files keep a large
     * archive under GitHub Pages' comfort (2,000 files at 10,000 claims).
     */
    static final int MORE_GROUP = 4;
    static final int CARD_SIZE = 10;
    /** Documents analysed together: bounds the memory the analysis holds at once. */
    private static final int BATCH = 512;
    /** The size a shard aims at: the number of shards is the power of two that keeps them about this big. */
    private static final int SHARD_TARGET = 8 * 1024;

    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
    private final TextAnalysis analysis;

    /** @param analysis the analysis the documents' terms were made with (it stems terms to find their shards) */
    public SearchIndex(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Writes the index of {@code documents} into {@code output} below {@code search/}.
     *
     * @param verdictLabels verdict key to its label, for the verdict filter
     * @param termFilters   the names of the taxonomies' filters ({@code tag} ...), in the order the page shows them
     * @param verdictLooks  verdict key to its badge's colour and icon, for the result cards
     * @param language      the site's language, in which the language filter names languages
     */
    public void write(List<SearchDocument> documents, Map<String, String> verdictLabels, List<String> termFilters,
            Map<String, List<String>> verdictLooks, String language, SiteOutput output) {
        List<SearchDocument> docs = documents.stream()
                .sorted(Comparator.comparing(SearchDocument::checked).thenComparing(SearchDocument::slug)).toList();
        // Postings packed as id << 8 | score, in id order. Documents' terms are made on every core a batch at a
        // time, and merged by one other thread while the next batch is made, so a clean build holds two
        // batches' at most. Terms are sorted once, at the end.
        Map<String, Postings> byTerm = new HashMap<>();
        ExecutorService merger = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "factsite-search-merge");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<Void> merged = CompletableFuture.completedFuture(null);
            for (int from = 0; from < docs.size(); from += BATCH) {
                int start = from;
                List<SearchDocument.Terms> batch = IntStream.range(from, Math.min(docs.size(), from + BATCH)).parallel()
                        .mapToObj(id -> docs.get(id).terms().get()).toList();
                merged.join();
                merged = CompletableFuture.runAsync(() -> merge(batch, start, byTerm), merger);
            }
            merged.join();
        } finally {
            merger.shutdown();
        }
        Map<String, Postings> postings = new TreeMap<>(byTerm);
        Files files = new Files();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("docs", docs.size());
        manifest.put("cardSize", CARD_SIZE);
        manifest.put("primary", PRIMARY);
        manifest.put("kept", KEPT);
        manifest.put("moreGroup", MORE_GROUP);
        manifest.put("shards", writeShards(postings, files));
        manifest.put("frequent", frequent(postings, docs.size()));
        manifest.put("filters", writeFilters(docs, verdictLabels, termFilters, language, files));
        manifest.put("verdicts", verdictLooks);
        writeCards(docs, files);
        files.add("manifest.json", toJson(manifest));
        files.writeTo(output);
    }

    /** The terms of the batch of documents from {@code from}, made on every core. */
    private static CompletableFuture<List<SearchDocument.Terms>> termsOf(List<SearchDocument> docs, int from) {
        if (from >= docs.size()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return CompletableFuture.supplyAsync(() -> IntStream.range(from, Math.min(docs.size(), from + BATCH)).parallel()
                .mapToObj(id -> docs.get(id).terms().get()).toList());
    }

    private static void merge(List<SearchDocument.Terms> batch, int start, Map<String, Postings> byTerm) {
        for (int i = 0; i < batch.size(); i++) {
            SearchDocument.Terms terms = batch.get(i);
            for (int t = 0; t < terms.terms().length; t++) {
                byTerm.computeIfAbsent(terms.terms()[t], k -> new Postings()).add(start + i, terms.score(t));
            }
        }
    }

    /** The index's files, written together at the end: a few thousand small files, written on every core. */
    private static final class Files {
        private final Map<String, String> texts = new LinkedHashMap<>();

        void add(String name, String text) {
            texts.put(SiteLayout.SEARCH + name, text);
        }

        void writeTo(SiteOutput output) {
            texts.entrySet().parallelStream().forEach(e -> output.writeText(e.getKey(), e.getValue()));
        }
    }

    /**
     * Terms in more than half of the documents: they tell little apart, and a query's script need not fetch
     * their shards unless the query has nothing else.
     */
    private static List<String> frequent(Map<String, Postings> postings, int docs) {
        return postings.entrySet().stream() // words only: the script asks this of a query's words, not of pairs
                .filter(e -> e.getValue().size() > docs / 2 && !e.getKey().contains(TextAnalysis.PAIR))
                .map(Map.Entry::getKey).toList();
    }

    /** Writes the shards and their second files; returns how many shards there are. */
    private int writeShards(Map<String, Postings> postings, Files output) {
        List<String> lines = new ArrayList<>(postings.size());
        List<String> rest = new ArrayList<>(postings.size());
        long bytes = 0;
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            String term = e.getKey();
            int[] list = e.getValue().bestFirst();
            StringBuilder line = new StringBuilder();
            line.append(term).append('\t').append(Integer.toString(e.getValue().size(), 36)).append('\t');
            append(line, list, 0, Math.min(PRIMARY, list.length));
            line.append('\t').append(list.length > PRIMARY ? '1' : '0').append('\n');
            lines.add(line.toString());
            bytes += line.length();
            if (list.length > PRIMARY) {
                StringBuilder more = new StringBuilder(term).append('\t');
                append(more, list, PRIMARY, list.length);
                rest.add(more.append('\n').toString());
            } else {
                rest.add(null);
            }
        }
        // The power of two nearest to the index's size over the target.
        int wanted = (int) Math.max(1, bytes / SHARD_TARGET);
        int shards = Integer.highestOneBit(wanted);
        if (wanted - shards > shards / 2) {
            shards <<= 1;
        }
        StringBuilder[] shard = new StringBuilder[shards];
        StringBuilder[] more = new StringBuilder[(shards + MORE_GROUP - 1) / MORE_GROUP];
        int i = 0;
        for (String term : postings.keySet()) { // in term order, so each shard's lines are sorted
            int n = bucket(analysis.shardKey(term), shards);
            (shard[n] == null ? shard[n] = new StringBuilder() : shard[n]).append(lines.get(i));
            if (rest.get(i) != null) {
                int m = n / MORE_GROUP;
                (more[m] == null ? more[m] = new StringBuilder() : more[m]).append(rest.get(i));
            }
            i++;
        }
        for (int n = 0; n < shards; n++) {
            // Every shard is written, empty or not: the script fetches a term's shard without knowing.
            output.add("t/" + Integer.toString(n, 36) + ".txt",
                    shard[n] == null ? "" : shard[n].toString());
        }
        for (int m = 0; m < more.length; m++) {
            if (more[m] != null) {
                output.add("m/" + Integer.toString(m, 36) + ".txt", more[m].toString());
            }
        }
        return shards;
    }

    /**
     * The shard of a term with this {@link TextAnalysis#shardKey} among {@code shards} (a power of two): FNV-1a
     * over the key's UTF-16 units, as the script computes it with Math.imul.
     */
    static int bucket(String key, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return (h >>> 0) & (shards - 1);
    }

    /**
     * Appends postings {@code from} to {@code to} (best first) as groups of equal score, {@code score:id,gap,gap}
     * separated by {@code ;}: within a group ids ascend, so each is written as its distance from the one before
     * (the first from 0), a few characters where a whole id took four or five.
     */
    private static void append(StringBuilder out, int[] postings, int from, int to) {
        int score = -1;
        int id = 0;
        for (int i = from; i < to; i++) {
            int next = postings[i] & 0xff;
            if (next != score) {
                if (score >= 0) {
                    out.append(';');
                }
                score = next;
                id = 0;
                out.append(Integer.toString(score, 36)).append(':');
            } else {
                out.append(',');
            }
            out.append(Integer.toString((postings[i] >>> 8) - id, 36));
            id = postings[i] >>> 8;
        }
    }

    /** One term's postings as packed ints, growing as documents are added in id order. */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;

        void add(int id, int score) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = id << 8 | score;
        }

        int size() {
            return size;
        }

        /**
         * The best {@link #KEPT} postings, best score first, equal scores by id: a counting sort by score, since
         * postings were added in id order.
         */
        int[] bestFirst() {
            int[] count = new int[256];
            for (int i = 0; i < size; i++) {
                count[items[i] & 0xff]++;
            }
            int[] start = new int[256];
            for (int score = 254, at = count[255]; score >= 0; score--) {
                start[score] = at;
                at += count[score];
            }
            int[] out = new int[Math.min(size, KEPT)];
            for (int i = 0; i < size; i++) {
                int at = start[items[i] & 0xff]++;
                if (at < out.length) {
                    out[at] = items[i];
                }
            }
            return out;
        }
    }

    private Map<String, Object> writeFilters(List<SearchDocument> docs, Map<String, String> verdictLabels,
            List<String> termFilters, String language, Files output) {
        Map<String, List<Integer>> verdicts = new TreeMap<>();
        Map<String, Map<String, List<Integer>>> terms = new LinkedHashMap<>();
        termFilters.forEach(filter -> terms.put(filter, new TreeMap<>()));
        Map<String, String> termNames = new HashMap<>();
        Map<String, List<Integer>> years = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<Integer>> languages = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDocument doc = docs.get(id);
            verdicts.computeIfAbsent(doc.verdictKey(), k -> new ArrayList<>()).add(id);
            for (Map.Entry<String, Map<String, String>> filter : doc.filterTerms().entrySet()) {
                for (Map.Entry<String, String> term : filter.getValue().entrySet()) {
                    List<Integer> ids = terms.get(filter.getKey()).computeIfAbsent(term.getKey(), k -> new ArrayList<>());
                    if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                        ids.add(id);
                    }
                    termNames.putIfAbsent(filter.getKey() + "/" + term.getKey(), term.getValue());
                }
            }
            years.computeIfAbsent(Integer.toString(doc.checked().getYear()), k -> new ArrayList<>()).add(id);
            languages.computeIfAbsent(doc.language(), k -> new ArrayList<>()).add(id);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("verdict", filter("verdict", verdicts, k -> verdictLabels.getOrDefault(k, k), output));
        terms.forEach((filter, groups) -> filters.put(filter, filter(filter, groups,
                slug -> termNames.get(filter + "/" + slug), output)));
        filters.put("year", filter("year", years, k -> k, output));
        Locale site = Locale.forLanguageTag(language);
        filters.put("lang", filter("lang", languages, k -> Locale.forLanguageTag(k).getDisplayName(site), output));
        return filters;
    }

    /** Writes one file per value; returns [key, label, count] per value, for the filter's choices. */
    private static List<List<Object>> filter(String kind, Map<String, List<Integer>> groups,
            java.util.function.Function<String, String> label, Files output) {
        List<List<Object>> choices = new ArrayList<>();
        groups.forEach((key, ids) -> {
            StringBuilder text = new StringBuilder();
            ids.forEach(id -> text.append(Integer.toString(id, 36)).append('\n'));
            output.add("f/" + kind + "-" + key + ".txt", text.toString());
            choices.add(List.of(key, label.apply(key), ids.size()));
        });
        return choices;
    }

    private void writeCards(List<SearchDocument> docs, Files output) {
        for (int from = 0; from < docs.size(); from += CARD_SIZE) {
            List<List<String>> cards = new ArrayList<>();
            for (SearchDocument doc : docs.subList(from, Math.min(docs.size(), from + CARD_SIZE))) {
                SearchDocument.Card c = doc.card();
                cards.add(Arrays.asList(c.url(), c.title(), c.claim(), c.verdict(), c.verdictLabel(), c.date(),
                        c.dateIso(), c.language()));
            }
            output.add("c/" + from / CARD_SIZE + ".json", toJson(cards));
        }
    }

    private String toJson(Object value) {
        try {
            // Every < escaped, as in JSON-LD: harmless in a file, and safe should a page ever inline it.
            return json.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
