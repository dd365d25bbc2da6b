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
    private final Map<String, List<String>> anchors = new LinkedHashMap<>();

    public CitationState(Set<String> sourceIds) {
        this.sourceIds = Set.copyOf(sourceIds);
    }

    boolean cites(String sourceId) {
        return sourceIds.contains(sourceId);
    }

    /** Records one more occurrence of {@code sourceId} and returns its anchor id. */
    String nextAnchor(String sourceId) {
        List<String> list = anchors.computeIfAbsent(sourceId, k -> new ArrayList<>());
        String anchor = citationAnchor(sourceId, list.size() + 1);
        list.add(anchor);
        return anchor;
    }

    /** Anchor ids of every occurrence of {@code sourceId}, in reading order. */
    public List<String> anchorsOf(String sourceId) {
        return List.copyOf(anchors.getOrDefault(sourceId, List.of()));
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
