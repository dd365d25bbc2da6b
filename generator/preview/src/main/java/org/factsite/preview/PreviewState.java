package org.factsite.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the preview shows now: which build it is, the path the site lives under, the problems of the last
 * build (empty when it succeeded; the site then is that build's, else the last good one's), and the pages an
 * open browser already shows as this build made them (made ahead: they need no reload when it is done).
 *
 * @param errors  each as {@code file:line: severity: message}, the same lines the terminal shows
 * @param current addresses of pages ({@code /archive/claims/x/}) that need no reload after this build
 */
record PreviewState(long version, String basePath, List<String> errors, List<String> current) {

    PreviewState {
        errors = List.copyOf(errors);
        current = List.copyOf(current);
    }

    PreviewState(long version, String basePath, List<String> errors) {
        this(version, basePath, errors, List.of());
    }

    /**
     * {@code {"version": 3, "errors": ["content/claims/a.md:4: error: ..."], "current": []}}, what the page's
     * script reads.
     */
    String toJson(ObjectMapper json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("errors", errors);
        fields.put("current", current);
        return write(json, fields);
    }

    /** {@code {"version": 4, "pages": ["/archive/claims/x/"]}}: pages made ahead of build {@code version}. */
    static String pagesJson(ObjectMapper json, long version, List<String> pages) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("pages", pages);
        return write(json, fields);
    }

    private static String write(ObjectMapper json, Map<String, Object> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a map of strings and numbers
        }
    }
}
