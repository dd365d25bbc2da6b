package org.factsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How text becomes terms: English stems, Vietnamese folding with đ, syllables and their pairs, exact forms. */
class TextAnalysisTest {

    private final TextAnalysis analysis = new TextAnalysis();

    @Test
    void englishWordsAreStemmed() {
        assertEquals(List.of("check", "claim", "vaccin", "wa", "methodolog"),
                analysis.terms("Checked claims: vaccines was methodology", "en", false));
    }

    @Test
    void englishWordsSideBySideArePairedAsStems() {
        assertEquals(List.of("check", "claim", "check_claim", "vaccin", "claim_vaccin"),
                analysis.terms("Checked claims: vaccines", "en"));
    }

    @Test
    void wordsAreSplitAtAnythingButLettersMarksAndDigits() {
        assertEquals(List.of("vneid", "2024", "opt", "out"), TextAnalysis.words("VNeID (2024) opt-out"));
    }

    @Test
    void vietnameseIsFoldedWithDAndPairedAndKeptExactly() {
        assertEquals("duoc", TextAnalysis.fold("được"));
        assertEquals("dang", TextAnalysis.fold("Đăng".toLowerCase()));
        assertEquals(List.of("duoc", "=được", "tiem", "=tiêm", "duoc_tiem", "vaccine", "tiem_vaccine"),
                analysis.terms("Được tiêm vaccine", "vi"));
    }

    @Test
    void decomposedInputIsComposedFirst() {
        String decomposed = "ngu\u031Bo\u031B\u0300i"; // người written with combining marks
        assertEquals(List.of("nguoi", "=người"), analysis.terms(decomposed, "vi"));
    }

    /** Letters, marks and numbers of any kind make words, as the script's [\p{L}\p{M}\p{N}] does. */
    @Test
    void wordsAreWhatTheScriptCallsWords() {
        assertEquals(List.of("x²", "ⅻ", "٣", "naïve"), TextAnalysis.words("x² – Ⅻ, ٣; naïve!"));
    }

    /**
     * A stray accent (marks with no letter before them) folds to nothing, so it is no word: it once became an empty
     * term (a fuzzing finding, kept in ParserFuzzTestInputs/searchAnalysis).
     */
    @Test
    void marksAloneAreNoWord() {
        assertEquals(List.of("a", "b"), TextAnalysis.words("a \u0301 b \u0301\u0300"));
        assertEquals(List.of("a", "b", "a_b"), analysis.terms("a \u0301_ b", "en"));
        assertEquals(List.of("ca", "=cá"), analysis.terms("\u0301 cá", "vi"));
    }
}
