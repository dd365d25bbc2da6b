package org.factsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void dropsTagsAndKeepsTheirPlaceAsASpace() {
        assertEquals(" Ministry  says  a  b ", PlainText.of("<p>Ministry</p><p>says <a href=\"x\">a</a> b</p>"));
    }

    @Test
    void decodesEntities() {
        assertEquals(" AT&T < 5 \u00a0 \"q\" ", PlainText.of("<p>AT&amp;T &lt; 5 &nbsp; &quot;q&quot;</p>"));
    }

    @Test
    void keepsALessThanSignWithoutAnEnd() {
        assertEquals("a < b", PlainText.of("a < b"));
    }
}
