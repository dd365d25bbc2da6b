package org.factsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Terms carried on from the last build give the files a full merge gives: after every edit of a long random
 * session (terms added, dropped, rescored; words that appear and vanish from the whole index; terms with more
 * postings than a shard line holds), each shard, second file and the frequent terms equal a fresh merge's. And
 * anything an update cannot follow (other documents, their order, many changed) starts over.
 */
class TermPostingsTest {

    private static final int DOCS = 400;
    private final TextAnalysis analysis = new TextAnalysis();
    private final Random random = new Random(26);

    @Test
    void everyUpdateWritesWhatAFullMergeWrites() {
        List<SearchDocument.Terms> terms = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            terms.add(randomTerms());
        }
        TermPostings carried = TermPostings.of(docs(terms), analysis, true);
        int updates = 0;
        for (int round = 0; round < 60; round++) {
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int id = random.nextInt(DOCS);
                terms.set(id, round % 10 == 9 ? new SearchDocument.Terms(new String[0], new byte[0]) : edited(terms.get(id)));
            }
            List<SearchDocument> docs = docs(terms);
            Optional<TermPostings> updated = carried.updated(docs);
            TermPostings full = TermPostings.of(docs, analysis, false);
            if (updated.isPresent()) {
                updates++;
                carried = updated.get();
                assertSameFiles(full, carried, docs.size(), "round " + round);
            } else {
                carried = TermPostings.of(docs, analysis, true); // the number of shards changed: started over
            }
        }
        assertTrue(updates >= 55, "most rounds are updates, not fresh merges: " + updates);
    }

    @Test
    void aWordNewToTheIndexAndOneThatLeavesItAreInTheirShards() {
        List<SearchDocument.Terms> terms = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            terms.add(randomTerms());
        }
        TermPostings carried = TermPostings.of(docs(terms), analysis, true);
        terms.set(7, new SearchDocument.Terms(new String[] {"quokka", "word1"}, new byte[] {8, 1}));
        List<SearchDocument> docs = docs(terms);
        TermPostings updated = carried.updated(docs).orElseThrow();
        assertSameFiles(TermPostings.of(docs, analysis, false), updated, DOCS, "quokka added");
        int shard = SearchIndex.bucket(analysis.shardKey("quokka"), updated.shards());
        assertTrue(updated.shard(shard).contains("quokka\t1\t8:7\t0\n"), updated.shard(shard));
        terms.set(7, new SearchDocument.Terms(new String[] {"word1"}, new byte[] {1}));
        docs = docs(terms);
        updated = updated.updated(docs).orElseThrow();
        assertSameFiles(TermPostings.of(docs, analysis, false), updated, DOCS, "quokka gone");
        assertTrue(!updated.shard(shard).contains("quokka"));
    }

    @Test
    void otherDocumentsTheirOrderOrManyChangesStartOver() {
        List<SearchDocument.Terms> terms = new ArrayList<>();
        for (int i = 0; i < DOCS; i++) {
            terms.add(randomTerms());
        }
        List<SearchDocument> docs = docs(terms);
        assertTrue(TermPostings.of(docs, analysis, false).updated(docs).isEmpty(), "not kept for a next build");
        TermPostings kept = TermPostings.of(docs, analysis, true);
        assertSame(kept, kept.updated(docs).orElseThrow(), "nothing changed: carried on");
        assertTrue(TermPostings.of(docs, analysis, true).updated(docs.subList(1, DOCS)).isEmpty(), "one fewer");
        List<SearchDocument> swapped = new ArrayList<>(docs);
        swapped.set(0, docs.get(1));
        swapped.set(1, docs.get(0));
        assertTrue(TermPostings.of(docs, analysis, true).updated(swapped).isEmpty(), "another order");
        List<SearchDocument.Terms> many = new ArrayList<>(terms);
        for (int i = 0; i < DOCS / 4; i++) {
            many.set(i, edited(many.get(i)));
        }
        assertTrue(TermPostings.of(docs, analysis, true).updated(docs(many)).isEmpty(), "a quarter changed");
    }

    private void assertSameFiles(TermPostings expected, TermPostings actual, int docs, String when) {
        assertEquals(expected.shards(), actual.shards(), when);
        for (int n = 0; n < expected.shards(); n++) {
            assertEquals(expected.shard(n), actual.shard(n), when + ", shard " + n);
        }
        assertEquals(expected.moreFiles(), actual.moreFiles(), when);
        for (int m = 0; m < expected.moreFiles(); m++) {
            assertEquals(expected.more(m), actual.more(m), when + ", second file " + m);
        }
        assertEquals(expected.frequent(docs), actual.frequent(docs), when);
        assertNotEquals(0, expected.frequent(docs).size(), "the corpus has frequent words");
    }

    /**
     * Terms of a Zipf-like vocabulary: a few words in most documents (frequent; more postings than a line
     * holds), many rare; some pairs.
     */
    private SearchDocument.Terms randomTerms() {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int n = 20 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            int rank = (int) Math.floor(Math.pow(3000, random.nextDouble()));
            String term = rank % 11 == 0 ? "pair" + rank + TextAnalysis.PAIR + "x" : "word" + rank;
            scores.merge(term, 1 + random.nextInt(8), (a, b) -> Math.min(255, a + b));
        }
        scores.put("word1", 1); // in every document: frequent
        return pack(scores);
    }

    private SearchDocument.Terms edited(SearchDocument.Terms before) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < before.terms().length; i++) {
            if (random.nextInt(5) > 0) {
                scores.put(before.terms()[i], before.score(i) + (random.nextInt(4) == 0 ? 1 : 0));
            }
        }
        for (int i = 0; i < 5; i++) {
            scores.put("new" + random.nextInt(100_000), 1 + random.nextInt(20));
        }
        return pack(scores);
    }

    private static SearchDocument.Terms pack(Map<String, Integer> scores) {
        String[] terms = scores.keySet().toArray(new String[0]);
        byte[] packed = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            packed[i] = (byte) (int) Math.min(255, scores.get(terms[i]));
        }
        return new SearchDocument.Terms(terms, packed);
    }

    private static List<SearchDocument> docs(List<SearchDocument.Terms> terms) {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            SearchDocument.Terms t = terms.get(i);
            String slug = String.format("claim-%04d", i);
            docs.add(new SearchDocument(slug, LocalDate.of(2024, 1, 1).plusDays(i), "en", () -> t, Map.of(), "false",
                    new SearchDocument.Card("/" + slug + "/", slug, slug, "false", "False", "", "", "en")));
        }
        return docs;
    }
}
