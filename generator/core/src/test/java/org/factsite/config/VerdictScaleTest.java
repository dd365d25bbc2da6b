package org.factsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Readers who cannot tell the reds apart must still tell the verdicts apart (WCAG 1.4.1, use of colour). */
class VerdictScaleTest {

    @Test
    void everyVerdictOfTheDefaultScaleHasAShapeOfItsOwn() {
        List<Verdict> verdicts = VerdictScale.defaultScale().verdicts();
        Set<String> icons = verdicts.stream().map(Verdict::icon).collect(Collectors.toSet());
        assertEquals(verdicts.size(), icons.size(), "two verdicts share an icon: " + verdicts);
        assertEquals(List.of("\u2714", "\u25D5", "\u25D0", "\u25D4", "\u2716", "?"),
                verdicts.stream().map(Verdict::icon).toList(), "true to false: a check, a circle 3/4, 1/2, 1/4 full, a cross");
        assertEquals(false, icons.contains(VerdictScale.NOT_YET_RATED.icon()), "a draft's unchosen verdict looks apart");
    }
}
