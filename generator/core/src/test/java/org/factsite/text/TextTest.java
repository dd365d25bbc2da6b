package org.factsite.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void slugsTransliterate() {
        assertEquals("can-cuoc-dien-tu", Slugs.slugify("Căn cước điện tử"));
        assertEquals("dao-ly-son", Slugs.slugify("Đảo Lý Sơn"));
        assertEquals("is-5g-safe", Slugs.slugify("  Is 5G safe?! "));
        assertTrue(Slugs.isValid("is-5g-safe"));
        assertFalse(Slugs.isValid("../etc"));
        assertFalse(Slugs.isValid("a--b"));
    }

    @Test
    void questionsMatchIgnoringCasePunctuationQuotesAndSpacing() {
        assertEquals(Questions.normalize("Is the ‘Great Wall’ visible?"),
                Questions.normalize("is the  \"great wall\" visible"));
        assertEquals(Questions.normalize("Do we use 10% of our brains?"), "do we use 10% of our brains");
        assertEquals("vịnh hạ long có đẹp không", Questions.normalize("Vịnh Hạ Long có đẹp không?"));
    }

    @Test
    void suggestionsFindNearNamesOnly() {
        assertEquals(Optional.of("verdict"), Suggestions.nearest("verdikt", List.of("title", "verdict")));
        assertEquals(Optional.of("sources"), Suggestions.nearest("sauces", List.of("sources", "summary")));
        assertEquals(Optional.empty(), Suggestions.nearest("zzzzzz", List.of("title", "verdict")));
    }

    @Test
    void webAddresses() {
        assertTrue(WebAddresses.problem("https://example.org/a b?c=d").isEmpty(), "lenient like a browser");
        assertTrue(WebAddresses.problem("HTTP://EXAMPLE.ORG").isEmpty());
        assertTrue(WebAddresses.problem("javascript:alert(1)").isPresent());
        assertTrue(WebAddresses.problem("data:text/html,x").isPresent());
        assertTrue(WebAddresses.problem("example.org/page").isPresent());
        assertTrue(WebAddresses.problem("https:///nohost").isPresent());
    }

    @Test
    void languageTags() {
        assertTrue(LanguageTags.isValid("vi"));
        assertTrue(LanguageTags.isValid("en-GB"));
        assertFalse(LanguageTags.isValid("english language"));
    }

    @Test
    void webAddressesAreEncodedForOutput() {
        assertEquals("https://example.org/a%20b?q=%22x%22&y=%3Cz%3E#f", WebAddresses.encode(" https://example.org/a b?q=\"x\"&y=<z>#f "));
        assertEquals("https://vi.wikipedia.org/wiki/V%E1%BB%8Bnh_H%E1%BA%A1_Long",
                WebAddresses.encode("https://vi.wikipedia.org/wiki/Vịnh_Hạ_Long"));
        assertEquals("https://vi.wikipedia.org/wiki/V%E1%BB%8Bnh", WebAddresses.encode("https://vi.wikipedia.org/wiki/V%E1%BB%8Bnh"),
                "existing escapes are kept");
        assertEquals("https://xn--bcher-kva.example/", WebAddresses.encode("https://bücher.example/"));
    }

    /** The scanning slug equals the regular-expression one it replaced, on random text of many scripts. */
    @Test
    void slugsEqualTheRegularExpressionDefinition() {
        String alphabet = "aZ09 -_.?!ăâđêôơưĂÂĐÊÔƯáàảãạếềểễệ\u0301\u0323KÅİßœ中文한국어-–—'\"\t\n";
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            String reference = java.util.regex.Pattern.compile("\\p{M}+").matcher(java.text.Normalizer.normalize(
                    t.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            assertEquals(reference, Slugs.slugify(t), "slug of \"" + t + "\"");
        }
    }
}
