package org.factsite.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * The index's terms: each term's postings in document order and its lines in the shard files. Made from every
 * document ({@link #of}); or, when a build indexes the same documents in the same order with a few of them
 * changed (a preview after an edit), carried on from the last build's ({@link #updated}): only the terms those
 * documents had or have are merged and written again, and the shards are put together from the lines kept.
 * The files are the same either way (TermPostingsTest holds them equal).
 */
public final class TermPostings {

    /** Documents analysed together in a full merge: bounds the memory the analysis holds at once. */
    private static final int BATCH = 512;
    /** The size a shard aims at: the number of shards is the power of two that keeps them about this big. */
    private static final int SHARD_TARGET = 8 * 1024;
    /** More changed documents than one in this many, and merging them all again is about as quick. */
    private static final int UPDATE_SHARE = 8;

    private final TextAnalysis analysis;
    private final Map<String, Postings> byTerm;
    /** The lines' length, which sets the number of shards. */
    private long bytes;
    private final int shards;
    private final String[] shardTexts;
    private final String[] moreTexts;
    /** Only when kept for a next build: each document's slug and terms, and each shard's terms in order. */
    private final String[] slugs;
    private final SearchDocument.Terms[] terms;
    private List<List<String>> shardTerms;

    private TermPostings(TextAnalysis analysis, Map<String, Postings> byTerm, long bytes, int shards,
            String[] shardTexts, String[] moreTexts, String[] slugs, SearchDocument.Terms[] terms) {
        this.analysis = analysis;
        this.byTerm = byTerm;
        this.bytes = bytes;
        this.shards = shards;
        this.shardTexts = shardTexts;
        this.moreTexts = moreTexts;
        this.slugs = slugs;
        this.terms = terms;
    }

    /**
     * Merges every document's terms (ids are positions in {@code docs}). Documents' terms are made on every core
     * a batch at a time and merged by one other thread while the next batch is made, so a clean build holds two
     * batches' at most; {@code carryOn} keeps every document's terms as well, for {@link #updated}.
     */
    static TermPostings of(List<SearchDocument> docs, TextAnalysis analysis, boolean carryOn) {
        Map<String, Postings> byTerm = new HashMap<>();
        SearchDocument.Terms[] all = carryOn ? new SearchDocument.Terms[docs.size()] : null;
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
                if (all != null) {
                    for (int i = 0; i < batch.size(); i++) {
                        all[start + i] = batch.get(i);
                    }
                }
                merged.join();
                merged = CompletableFuture.runAsync(() -> merge(batch, start, byTerm), merger);
            }
            merged.join();
        } finally {
            merger.shutdown();
        }
        String[] sorted = byTerm.keySet().toArray(new String[0]);
        Arrays.sort(sorted);
        long bytes = 0;
        for (String term : sorted) {
            bytes += byTerm.get(term).write(term);
        }
        int shards = shardCount(bytes);
        StringBuilder[] shard = new StringBuilder[shards];
        StringBuilder[] more = new StringBuilder[moreFiles(shards)];
        for (String term : sorted) { // in term order, so each shard's lines are sorted
            Postings postings = byTerm.get(term);
            int n = shardOf(analysis, term, shards);
            (shard[n] == null ? shard[n] = new StringBuilder() : shard[n]).append(postings.line);
            if (postings.more != null) {
                int m = n / SearchIndex.MORE_GROUP;
                (more[m] == null ? more[m] = new StringBuilder() : more[m]).append(postings.more);
            }
        }
        String[] slugs = carryOn ? docs.stream().map(SearchDocument::slug).toArray(String[]::new) : null;
        return new TermPostings(analysis, byTerm, bytes, shards, texts(shard), texts(more), slugs, all);
    }

    private static void merge(List<SearchDocument.Terms> batch, int start, Map<String, Postings> byTerm) {
        for (int i = 0; i < batch.size(); i++) {
            SearchDocument.Terms terms = batch.get(i);
            for (int t = 0; t < terms.terms().length; t++) {
                byTerm.computeIfAbsent(terms.terms()[t], k -> new Postings()).add(start + i, terms.score(t));
            }
        }
    }

    private static String[] texts(StringBuilder[] builders) {
        return Arrays.stream(builders).map(b -> b == null ? null : b.toString()).toArray(String[]::new);
    }

    /** The power of two nearest to the index's size over the target. */
    private static int shardCount(long bytes) {
        int wanted = (int) Math.max(1, bytes / SHARD_TARGET);
        int shards = Integer.highestOneBit(wanted);
        return wanted - shards > shards / 2 ? shards << 1 : shards;
    }

    private static int moreFiles(int shards) {
        return (shards + SearchIndex.MORE_GROUP - 1) / SearchIndex.MORE_GROUP;
    }

    /**
     * These postings brought up to {@code docs}, changing this object, when they were kept for it and it holds the
     * same documents in the same order, few of them changed, and the number of shards stays; else empty, and this
     * object is of no further use.
     */
    Optional<TermPostings> updated(List<SearchDocument> docs) {
        if (slugs == null || docs.size() != slugs.length) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        SearchDocument.Terms[] now = new SearchDocument.Terms[docs.size()];
        for (int id = 0; id < slugs.length; id++) {
            if (!slugs[id].equals(docs.get(id).slug())) {
                return Optional.empty();
            }
            now[id] = docs.get(id).terms().get();
            if (!same(now[id], terms[id])) {
                changed.add(id);
                if (changed.size() * UPDATE_SHARE > docs.size()) {
                    return Optional.empty();
                }
            }
        }
        if (shardTerms == null) {
            shardTerms = new ArrayList<>(shards);
            for (int n = 0; n < shards; n++) {
                shardTerms.add(new ArrayList<>());
            }
            byTerm.keySet().forEach(term -> shardTerms.get(shardOf(term)).add(term));
            shardTerms.forEach(Collections::sort);
        }
        Set<String> touched = new HashSet<>();
        for (int id : changed) { // every removal first: a term a document keeps is taken out and put back
            for (String term : terms[id].terms()) {
                byTerm.get(term).remove(id);
                touched.add(term);
            }
        }
        for (int id : changed) {
            SearchDocument.Terms t = now[id];
            for (int i = 0; i < t.terms().length; i++) {
                byTerm.computeIfAbsent(t.terms()[i], k -> new Postings()).insert(id, t.score(i));
                touched.add(t.terms()[i]);
            }
            terms[id] = t;
        }
        Set<Integer> shardsTouched = new HashSet<>();
        for (String term : touched) {
            Postings postings = byTerm.get(term);
            int n = shardOf(term);
            shardsTouched.add(n);
            List<String> inShard = shardTerms.get(n);
            bytes -= postings.line == null ? 0 : postings.line.length();
            if (postings.size() == 0) {
                byTerm.remove(term);
                inShard.remove(Collections.binarySearch(inShard, term));
            } else {
                if (postings.line == null) {
                    inShard.add(-Collections.binarySearch(inShard, term) - 1, term);
                }
                bytes += postings.write(term);
            }
        }
        if (shardCount(bytes) != shards) {
            return Optional.empty();
        }
        Set<Integer> groupsTouched = new HashSet<>();
        for (int n : shardsTouched) {
            StringBuilder text = new StringBuilder();
            shardTerms.get(n).forEach(term -> text.append(byTerm.get(term).line));
            shardTexts[n] = text.toString();
            groupsTouched.add(n / SearchIndex.MORE_GROUP);
        }
        for (int m : groupsTouched) {
            List<String> inGroup = new ArrayList<>();
            for (int n = m * SearchIndex.MORE_GROUP; n < Math.min(shards, (m + 1) * SearchIndex.MORE_GROUP); n++) {
                shardTerms.get(n).stream().filter(term -> byTerm.get(term).more != null).forEach(inGroup::add);
            }
            Collections.sort(inGroup);
            StringBuilder text = new StringBuilder();
            inGroup.forEach(term -> text.append(byTerm.get(term).more));
            moreTexts[m] = inGroup.isEmpty() ? null : text.toString();
        }
        return Optional.of(this);
    }

    private static boolean same(SearchDocument.Terms a, SearchDocument.Terms b) {
        return a == b || Arrays.equals(a.terms(), b.terms()) && Arrays.equals(a.scores(), b.scores());
    }

    private int shardOf(String term) {
        return shardOf(analysis, term, shards);
    }

    private static int shardOf(TextAnalysis analysis, String term, int shards) {
        return SearchIndex.bucket(analysis.shardKey(term), shards);
    }

    int shards() {
        return shards;
    }

    /** Shard {@code n}'s text, every term's line in term order; empty when no term falls in it. */
    String shard(int n) {
        return shardTexts[n] == null ? "" : shardTexts[n];
    }

    /** The second file of shards {@code m * MORE_GROUP} on, when one of their terms has more postings. */
    Optional<String> more(int m) {
        return Optional.ofNullable(moreTexts[m]);
    }

    int moreFiles() {
        return moreTexts.length;
    }

    /**
     * Terms in more than half of the documents, in term order: they tell little apart, and a query's script need
     * not fetch their shards unless the query has nothing else. Words only: the script asks this of a query's
     * words, not of pairs.
     */
    List<String> frequent(int docs) {
        return byTerm.entrySet().stream()
                .filter(e -> e.getValue().size() > docs / 2 && !e.getKey().contains(TextAnalysis.PAIR))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /**
     * One term's postings as packed ints ({@code id << 8 | score}) in id order, and its lines in the files as
     * last written.
     */
    private static final class Postings {
        private int[] items = new int[4];
        private int size;
        /** {@code term TAB df TAB postings TAB more}, the best {@link SearchIndex#PRIMARY}. */
        private String line;
        /** {@code term TAB postings}, the next best up to {@link SearchIndex#KEPT}; null when there are none. */
        private String more;

        /** Adds a posting after every other (a full merge goes in id order). */
        void add(int id, int score) {
            ensureRoom();
            items[size++] = id << 8 | score;
        }

        /** Adds a posting where its id belongs. */
        void insert(int id, int score) {
            int at = -find(id) - 1;
            ensureRoom();
            System.arraycopy(items, at, items, at + 1, size - at);
            items[at] = id << 8 | score;
            size++;
        }

        private void ensureRoom() {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
        }

        void remove(int id) {
            int at = find(id);
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            size--;
        }

        /** Where document {@code id}'s posting is, or {@code -(insertion point) - 1}. */
        private int find(int id) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int at = items[mid] >>> 8;
                if (at < id) {
                    low = mid + 1;
                } else if (at > id) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -low - 1;
        }

        int size() {
            return size;
        }

        /** Makes this term's lines from its postings; returns the length of its line in the shard. */
        int write(String term) {
            int[] list = bestFirst();
            StringBuilder out = new StringBuilder();
            out.append(term).append('\t').append(Integer.toString(size, 36)).append('\t');
            append(out, list, 0, Math.min(SearchIndex.PRIMARY, list.length));
            out.append('\t').append(list.length > SearchIndex.PRIMARY ? '1' : '0').append('\n');
            line = out.toString();
            if (list.length > SearchIndex.PRIMARY) {
                StringBuilder rest = new StringBuilder(term).append('\t');
                append(rest, list, SearchIndex.PRIMARY, list.length);
                more = rest.append('\n').toString();
            } else {
                more = null;
            }
            return line.length();
        }

        /**
         * The best {@link SearchIndex#KEPT} postings, best score first, equal scores by id: a counting sort by
         * score, since postings are in id order.
         */
        private int[] bestFirst() {
            int[] count = new int[256];
            for (int i = 0; i < size; i++) {
                count[items[i] & 0xff]++;
            }
            int[] start = new int[256];
            for (int score = 254, at = count[255]; score >= 0; score--) {
                start[score] = at;
                at += count[score];
            }
            int[] out = new int[Math.min(size, SearchIndex.KEPT)];
            for (int i = 0; i < size; i++) {
                int at = start[items[i] & 0xff]++;
                if (at < out.length) {
                    out[at] = items[i];
                }
            }
            return out;
        }

        /**
         * Appends postings {@code from} to {@code to} (best first) as groups of equal score, {@code score:id,gap,gap}
         * separated by {@code ;}: within a group ids ascend, so each is written as its distance from the one
         * before (the first from 0), a few characters where a whole id took four or five.
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
    }
}
