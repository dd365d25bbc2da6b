package org.factsite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
     * @param earlier       the terms as a build of nearly the same documents left them, handed over to be
     *                      carried on from (they are changed)
     * @param carryOn       whether the terms returned will be handed to a next build (they then keep more)
     * @return the index's terms, for a next build
     */
    public TermPostings write(List<SearchDocument> documents, Map<String, String> verdictLabels,
            List<String> termFilters, Map<String, List<String>> verdictLooks, String language,
            Optional<TermPostings> earlier, boolean carryOn, SiteOutput output) {
        List<SearchDocument> docs = documents.stream()
                .sorted(Comparator.comparing(SearchDocument::checked).thenComparing(SearchDocument::slug)).toList();
        TermPostings postings = earlier.flatMap(e -> e.updated(docs))
                .orElseGet(() -> TermPostings.of(docs, analysis, carryOn));
        Files files = new Files();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 2);
        manifest.put("docs", docs.size());
        manifest.put("cardSize", CARD_SIZE);
        manifest.put("primary", PRIMARY);
        manifest.put("kept", KEPT);
        manifest.put("moreGroup", MORE_GROUP);
        manifest.put("shards", postings.shards());
        for (int n = 0; n < postings.shards(); n++) {
            // Every shard is written, empty or not: the script fetches a term's shard without knowing.
            files.add("t/" + Integer.toString(n, 36) + ".txt", postings.shard(n));
        }
        for (int m = 0; m < postings.moreFiles(); m++) {
            String name = "m/" + Integer.toString(m, 36) + ".txt";
            postings.more(m).ifPresent(text -> files.add(name, text));
        }
        manifest.put("frequent", postings.frequent(docs.size()));
        manifest.put("filters", writeFilters(docs, verdictLabels, termFilters, language, files));
        manifest.put("verdicts", verdictLooks);
        writeCards(docs, files);
        files.add("manifest.json", toJson(manifest));
        files.writeTo(output);
        return postings;
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
