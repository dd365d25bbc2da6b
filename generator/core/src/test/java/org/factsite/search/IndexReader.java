package org.factsite.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A reader of the search index in Java, written from the format SearchIndex documents and answering as the
 * theme's search-index.js does, with Java's stemmer: the tests compare the two, and use this one to check
 * recall against a brute-force scan.
 */
final class IndexReader {

    record Result(int total, List<Integer> ids) {
    }

    record Entry(int df, List<int[]> postings) {
    }

    /** A word's or pair's documents and scores; complete when listed in full. */
    private record Word(Map<Integer, Double> scores, boolean complete, boolean frequent) {
    }

    private static final int RESULTS = 10;

    private final Path folder;
    private final JsonNode manifest;
    private final TextAnalysis analysis = new TextAnalysis();

    IndexReader(Path folder) {
        this.folder = folder;
        this.manifest = json("manifest.json");
    }

    int docs() {
        return manifest.get("docs").asInt();
    }

    Result search(String query, Map<String, String> filters) {
        List<String> words = TextAnalysis.words(query);
        boolean filtered = filters.values().stream().anyMatch(v -> v != null && !v.isEmpty());
        Set<Integer> keep = allowed(filters);
        int docs = docs();
        Set<String> frequent = new HashSet<>();
        manifest.get("frequent").forEach(t -> frequent.add(t.asText()));
        List<List<String>> alternatives = new ArrayList<>();
        for (String w : words) {
            String f = TextAnalysis.fold(w);
            List<String> terms = new ArrayList<>(new LinkedHashSet<>(List.of(analysis.stem(f), f)));
            if (!f.equals(w)) {
                terms.add(TextAnalysis.EXACT + w);
            }
            alternatives.add(terms);
        }
        List<Boolean> common = alternatives.stream()
                .map(terms -> terms.stream().allMatch(t -> t.startsWith(TextAnalysis.EXACT) || frequent.contains(t)))
                .toList();
        boolean skipAll = common.stream().allMatch(c -> c);
        List<Word> perWord = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            perWord.add(common.get(i) && !skipAll ? new Word(Map.of(), false, true)
                    : scored(alternatives.get(i), 1, filtered));
        }
        if (perWord.isEmpty()) {
            return new Result(0, List.of());
        }
        List<Word> pairs = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            if (common.get(i - 1) && common.get(i)) {
                continue;
            }
            String before = TextAnalysis.fold(words.get(i - 1));
            String after = TextAnalysis.fold(words.get(i));
            pairs.add(scored(new ArrayList<>(new LinkedHashSet<>(List.of(before + TextAnalysis.PAIR + after,
                    analysis.stem(before) + TextAnalysis.PAIR + analysis.stem(after)))), 2, filtered));
        }
        List<Word> all = new ArrayList<>(perWord);
        all.addAll(pairs);
        List<Word> required = perWord.stream().filter(w -> w.complete() && !w.frequent()).toList();
        Set<Integer> candidates = new LinkedHashSet<>();
        for (Word w : required.isEmpty() ? all : required.subList(0, 1)) {
            for (Integer id : w.scores().keySet()) {
                if (required.stream().allMatch(r -> r.scores().containsKey(id)) && (keep == null || keep.contains(id))) {
                    candidates.add(id);
                }
            }
        }
        Map<Integer, Double> totals = new LinkedHashMap<>();
        Map<Integer, Integer> matched = new HashMap<>();
        for (Integer id : candidates) {
            double score = 0;
            int count = 0;
            for (Word w : all) {
                if (w.scores().containsKey(id)) {
                    score += w.scores().get(id);
                    if (!w.frequent() && (required.isEmpty() || w.complete())) {
                        count++;
                    }
                }
            }
            totals.put(id, score);
            matched.put(id, count);
        }
        List<Integer> ranked = totals.entrySet().stream()
                .sorted((a, b) -> !matched.get(a.getKey()).equals(matched.get(b.getKey()))
                        ? Integer.compare(matched.get(b.getKey()), matched.get(a.getKey()))
                        : !a.getValue().equals(b.getValue()) ? Double.compare(b.getValue(), a.getValue())
                        : Integer.compare(b.getKey(), a.getKey()))
                .map(Map.Entry::getKey).toList();
        return new Result(ranked.size(), ranked.subList(0, Math.min(RESULTS, ranked.size())));
    }

    private Word scored(List<String> terms, int weight, boolean filtered) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        int df = 0;
        for (String term : terms) {
            Entry entry = lookup(term, filtered);
            if (entry == null) {
                continue;
            }
            df = Math.max(df, entry.df());
            for (int[] p : entry.postings()) {
                scores.merge(p[0], weight * p[1] * idf(entry.df()), Double::sum);
            }
        }
        return new Word(scores, df <= manifest.get("primary").asInt()
                || filtered && df <= manifest.get("kept").asInt(), df > docs() / 2);
    }

    private double idf(int df) {
        return Math.log(1 + docs() / (double) df);
    }

    Entry lookup(String term, boolean all) {
        int shard = SearchIndex.bucket(analysis.shardKey(term), manifest.get("shards").asInt());
        String name = Integer.toString(shard, 36);
        String group = Integer.toString(shard / manifest.get("moreGroup").asInt(), 36);
        for (String line : text("t/" + name + ".txt").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals(term)) {
                List<int[]> postings = new ArrayList<>(postings(f[2]));
                if (all && f[3].equals("1")) {
                    for (String more : text("m/" + group + ".txt").split("\n")) {
                        String[] m = more.split("\t", -1);
                        if (m[0].equals(term)) {
                            postings.addAll(postings(m[1]));
                        }
                    }
                }
                return new Entry(Integer.parseInt(f[1], 36), postings);
            }
        }
        return null;
    }

    /** Groups {@code score:id,gap,gap} separated by {@code ;}, best score first, base 36. */
    private static List<int[]> postings(String text) {
        List<int[]> list = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String group : text.split(";")) {
                String[] parts = group.split(":");
                int score = Integer.parseInt(parts[0], 36);
                int id = 0;
                for (String gap : parts[1].split(",")) {
                    id += Integer.parseInt(gap, 36);
                    list.add(new int[] {id, score});
                }
            }
        }
        return list;
    }

    private Set<Integer> allowed(Map<String, String> filters) {
        Set<Integer> keep = null;
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            if (filter.getValue() == null || filter.getValue().isEmpty()) {
                continue;
            }
            Set<Integer> ids = new HashSet<>();
            for (String id : text("f/" + filter.getKey() + "-" + filter.getValue() + ".txt").split("\n")) {
                if (!id.isEmpty()) {
                    ids.add(Integer.parseInt(id, 36));
                }
            }
            if (keep == null) {
                keep = ids;
            } else {
                keep.retainAll(ids);
            }
        }
        return keep;
    }

    /** The card of a document: url, title, claim, verdict, label, date, ISO date, language. */
    List<String> card(int id) {
        int size = manifest.get("cardSize").asInt();
        JsonNode card = json("c/" + id / size + ".json").get(id % size);
        List<String> values = new ArrayList<>();
        card.forEach(v -> values.add(v.asText()));
        return values;
    }

    private final Map<String, String> files = new HashMap<>();

    private String text(String path) {
        return files.computeIfAbsent(path, p -> {
            try {
                return Files.readString(folder.resolve(p), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private JsonNode json(String path) {
        try {
            return new ObjectMapper().readTree(text(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
