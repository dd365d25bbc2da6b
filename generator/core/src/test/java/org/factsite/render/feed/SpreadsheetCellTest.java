package org.factsite.render.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV's formula rule, one case per leading character OWASP names, and cells it leaves as they are. */
class SpreadsheetCellTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+33 6 12 34 56 78", "-1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"})
    void aFormulaStartBecomesText(String cell) {
        assertEquals("'" + cell, SpreadsheetCell.of(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "The toll doubled.", "a = b", " =1+1", "2024-05-01", "https://desk.example/claims/x/",
            "'quoted already"})
    void anyOtherCellIsLeftAsItIs(String cell) {
        assertEquals(cell, SpreadsheetCell.of(cell));
    }

    @Test
    void numbersAndNothingFollowTheSameRule() {
        assertEquals("3", SpreadsheetCell.of(3));
        assertEquals("'-2", SpreadsheetCell.of(-2));
        assertEquals("", SpreadsheetCell.of(null));
    }
}
