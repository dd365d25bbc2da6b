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
 * <li>{@code manifest.json}: {@code docs}, {@code cardSize}, {@code shards} (each shard's first term and
 * file), {@code filters} (verdicts, tags, years, languages with their labels and files);</li>
 * <li>{@code t/<name>.txt}: one line per term, sorted: {@code term TAB df TAB postings TAB more}, where
 * postings are the best {@link #PRIMARY} documents as {@code id:score} (base 36, best first) and
 * {@code more} is 1 when {@code m/<name>.txt} holds the rest, fetched only to list more results;</li>
 * <li>{@code c/<n>.json}: the cards of documents {@code n*cardSize} to {@code n*cardSize+cardSize-1};</li>
 * <li>{@code f/<filter>.txt}: the sorted ids of the documents a filter keeps, base 36, one per line.</li>
 * </ul>
 * Document ids follow the check date, oldest first (then the slug), so a new claim usually takes the next
 * id and leaves the others' alone; shards are cut where a term's hash says so, not at a fixed count, so an
 * edit changes the shards of the terms it touches and the rest keep their bytes (and published files).
 */
public final class SearchIndex {

    /** Postings per term in its shard; the rest wait in the term's second file. */
    static final int PRIMARY = 64;
    static final int CARD_SIZE = 8;
    /** A shard ends at a term whose hash has these low bits zero once it holds this much, or at the maximum. */
    private static final int SHARD_MIN = 8 * 1024;
    private static final int SHARD_MAX = 32 * 1024;
    private static final int CUT_MASK = 0x1f;

    private final TextAnalysis analysis = new TextAnalysis();
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes the index of {@code documents} into {@code output} below {@code search/}.
     *
     * @param verdictLabels verdict key to its label, for the verdict filter
     * @param language      the site's language, in which the language filter names languages
     */
    public void write(List<SearchDocument> documents, Map<String, String> verdictLabels, String language,
            SiteOutput output) {
        List<SearchDocument> docs = documents.stream()
                .sorted(Comparator.comparing(SearchDocument::checked).thenComparing(SearchDocument::slug)).toList();
        List<Map<String, Integer>> scores = IntStream.range(0, docs.size()).parallel()
                .mapToObj(id -> scores(docs.get(id))).toList();
        Map<String, List<int[]>> postings = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            for (Map.Entry<String, Integer> e : scores.get(id).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, e.getValue()});
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("docs", docs.size());
        manifest.put("cardSize", CARD_SIZE);
        manifest.put("primary", PRIMARY);
        manifest.put("shards", writeShards(postings, output));
        manifest.put("filters", writeFilters(docs, verdictLabels, language, output));
        writeCards(docs, output);
        output.writeText(SiteLayout.SEARCH + "manifest.json", toJson(manifest));
    }

    /** Each term's score in the document: the weights of the fields it occurs in, per occurrence, at most 255. */
    private Map<String, Integer> scores(SearchDocument doc) {
        Map<String, Integer> scores = new HashMap<>();
        for (SearchDocument.Field field : doc.fields()) {
            for (String term : analysis.terms(doc.texts().get(field), doc.language())) {
                scores.merge(term, field.weight, (a, b) -> Math.min(255, a + b));
            }
        }
        return scores;
    }

    private List<List<String>> writeShards(Map<String, List<int[]>> postings, SiteOutput output) {
        List<List<String>> shards = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        StringBuilder more = new StringBuilder();
        String first = null;
        for (Map.Entry<String, List<int[]>> e : postings.entrySet()) {
            String term = e.getKey();
            if (first == null) {
                first = term;
            }
            List<int[]> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            shard.append(term).append('\t').append(Integer.toString(list.size(), 36)).append('\t');
            append(shard, list.subList(0, Math.min(PRIMARY, list.size())));
            shard.append('\t').append(list.size() > PRIMARY ? '1' : '0').append('\n');
            if (list.size() > PRIMARY) {
                more.append(term).append('\t');
                append(more, list.subList(PRIMARY, list.size()));
                more.append('\n');
            }
            boolean cut = shard.length() >= SHARD_MAX || shard.length() >= SHARD_MIN && (hash(term) & CUT_MASK) == 0;
            if (cut) {
                shards.add(flush(first, shard, more, output));
                first = null;
            }
        }
        if (first != null) {
            shards.add(flush(first, shard, more, output));
        }
        return shards;
    }

    private static void append(StringBuilder out, List<int[]> postings) {
        for (int i = 0; i < postings.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(Integer.toString(postings.get(i)[0], 36)).append(':').append(Integer.toString(postings.get(i)[1], 36));
        }
    }

    /** Writes one shard (and its second file) under a name made from its first term: stable across builds. */
    private static List<String> flush(String first, StringBuilder shard, StringBuilder more, SiteOutput output) {
        String name = Integer.toString(hash(first) & 0x7fffffff, 36) + "-" + first.length();
        output.writeText(SiteLayout.SEARCH + "t/" + name + ".txt", shard.toString());
        if (more.length() > 0) {
            output.writeText(SiteLayout.SEARCH + "m/" + name + ".txt", more.toString());
        }
        shard.setLength(0);
        more.setLength(0);
        return List.of(first, name);
    }

    /** A hash of a term that every JVM computes alike (String.hashCode is specified). */
    private static int hash(String term) {
        int h = term.hashCode();
        return h ^ (h >>> 16);
    }

    private Map<String, Object> writeFilters(List<SearchDocument> docs, Map<String, String> verdictLabels,
            String language, SiteOutput output) {
        Map<String, List<Integer>> verdicts = new TreeMap<>();
        Map<String, List<Integer>> tags = new TreeMap<>();
        Map<String, String> tagNames = new HashMap<>();
        Map<String, List<Integer>> years = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<Integer>> languages = new TreeMap<>();
        for (int id = 0; id < docs.size(); id++) {
            SearchDocument doc = docs.get(id);
            verdicts.computeIfAbsent(doc.verdictKey(), k -> new ArrayList<>()).add(id);
            for (Map.Entry<String, String> tag : doc.tags().entrySet()) {
                List<Integer> ids = tags.computeIfAbsent(tag.getKey(), k -> new ArrayList<>());
                if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                    ids.add(id);
                }
                tagNames.putIfAbsent(tag.getKey(), tag.getValue());
            }
            years.computeIfAbsent(Integer.toString(doc.checked().getYear()), k -> new ArrayList<>()).add(id);
            languages.computeIfAbsent(doc.language(), k -> new ArrayList<>()).add(id);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("verdict", filter("verdict", verdicts, k -> verdictLabels.getOrDefault(k, k), output));
        filters.put("tag", filter("tag", tags, tagNames::get, output));
        filters.put("year", filter("year", years, k -> k, output));
        Locale site = Locale.forLanguageTag(language);
        filters.put("lang", filter("lang", languages, k -> Locale.forLanguageTag(k).getDisplayName(site), output));
        return filters;
    }

    /** Writes one file per value; returns [key, label, count] per value, for the filter's choices. */
    private static List<List<Object>> filter(String kind, Map<String, List<Integer>> groups,
            java.util.function.Function<String, String> label, SiteOutput output) {
        List<List<Object>> choices = new ArrayList<>();
        groups.forEach((key, ids) -> {
            StringBuilder text = new StringBuilder();
            ids.forEach(id -> text.append(Integer.toString(id, 36)).append('\n'));
            output.writeText(SiteLayout.SEARCH + "f/" + kind + "-" + key + ".txt", text.toString());
            choices.add(List.of(key, label.apply(key), ids.size()));
        });
        return choices;
    }

    private void writeCards(List<SearchDocument> docs, SiteOutput output) {
        for (int from = 0; from < docs.size(); from += CARD_SIZE) {
            List<List<String>> cards = new ArrayList<>();
            for (SearchDocument doc : docs.subList(from, Math.min(docs.size(), from + CARD_SIZE))) {
                SearchDocument.Card c = doc.card();
                cards.add(Arrays.asList(c.url(), c.title(), c.claim(), c.verdict(), c.verdictLabel(), c.date(),
                        c.dateIso(), c.language()));
            }
            output.writeText(SiteLayout.SEARCH + "c/" + from / CARD_SIZE + ".json", toJson(cards));
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
