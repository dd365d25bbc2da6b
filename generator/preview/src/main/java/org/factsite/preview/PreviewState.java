package org.factsite.preview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the preview shows now: which build it is, the path the site lives under, and the problems of the last
 * build (empty when it succeeded; the site then is that build's, else the last good one's).
 *
 * @param errors each as {@code file:line: severity: message}, the same lines the terminal shows
 */
record PreviewState(long version, String basePath, List<String> errors) {

    PreviewState {
        errors = List.copyOf(errors);
    }

    /** {@code {"version": 3, "errors": ["content/claims/a.md:4: error: ..."]}}, what the page's script reads. */
    String toJson(ObjectMapper json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", version);
        fields.put("errors", errors);
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
