package org.factsite.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Citation anchors of one claim page, shared by the renders of its summary and body so that every
 * occurrence gets a unique id ({@code c3-1}, {@code c3-2} ...) and each source can link back to all
 * of them. One instance per page; not thread-safe.
 */
public final class CitationState {

    private final Set<String> sourceIds;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    public CitationState(Set<String> sourceIds) {
        this.sourceIds = Set.copyOf(sourceIds);
    }

    boolean cites(String sourceId) {
        return sourceIds.contains(sourceId);
    }

    /** Records one more occurrence of {@code sourceId} and returns its anchor id. */
    String nextAnchor(String sourceId) {
        return citationAnchor(sourceId, counts.merge(sourceId, 1, Integer::sum));
    }

    /** How many times the text cites {@code sourceId}: its anchors are {@link #citationAnchors} of that many. */
    public int countOf(String sourceId) {
        return counts.getOrDefault(sourceId, 0);
    }

    /** Anchor ids of every occurrence of {@code sourceId}, in reading order. */
    public List<String> anchorsOf(String sourceId) {
        return citationAnchors(sourceId, countOf(sourceId));
    }

    /**
     * The anchors of {@code count} citations of a source, made when a page needs them: kept as strings for every
     * citation of an archive they were 2.7 million strings at 100,000 claims.
     */
    public static List<String> citationAnchors(String sourceId, int count) {
        List<String> anchors = new ArrayList<>(count);
        for (int occurrence = 1; occurrence <= count; occurrence++) {
            anchors.add(citationAnchor(sourceId, occurrence));
        }
        return List.copyOf(anchors);
    }

    /** {@code s3}: short, since a long check has 25-30 citations and as many back-links. */
    public static String sourceAnchor(String sourceId) {
        return "s" + sourceId;
    }

    /** {@code c3-2}: the second citation of source 3. */
    public static String citationAnchor(String sourceId, int occurrence) {
        return "c" + sourceId + "-" + occurrence;
    }
}
