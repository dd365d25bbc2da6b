package org.factsite.render.feed;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for {@code <script type="application/ld+json">}. The content of a script element is raw text that the
 * first {@code </script} ends whatever the JSON quoting, so {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}-style escapes (legal JSON, RFC 8259) and no field can close the element or open a comment.
 */
public final class JsonLd {

    private final ObjectMapper mapper;

    public JsonLd() {
        mapper = new ObjectMapper(); // compact: it is read by machines, and every claim page carries it
        mapper.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
    }

    /** Serialises a tree of maps, lists, strings and numbers; map order is kept (use LinkedHashMap). */
    public String write(Map<String, Object> tree) {
        return write((Object) tree);
    }

    /** The same for a list of such trees (a page with several items of structured data). */
    public String write(Object tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON-LD", e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        ScriptSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only standard escapes are used
        }
    }
}
