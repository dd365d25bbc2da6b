package org.factsite.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

class KeptOrderTest {

    /** Sorted by the length of the key first, so the order is not the keys' own. */
    private static final Comparator<String> ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.reverseOrder());

    @Test
    void carryingAnOrderOnGivesTheFullSortAfterKeysComeAndGo() {
        Random random = new Random(26);
        List<String> keys = new ArrayList<>();
        Optional<KeptOrder> order = Optional.empty();
        for (int build = 0; build < 200; build++) {
            int changes = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(build < 100 ? 3 : 40);
            for (int c = 0; c < changes; c++) {
                if (keys.isEmpty() || random.nextInt(3) > 0) {
                    keys.add(Integer.toString(random.nextInt(100_000), 36));
                } else {
                    keys.remove(random.nextInt(keys.size()));
                }
            }
            Map<String, String> byKey = new HashMap<>();
            keys.forEach(k -> byKey.put(k, "value of " + k));
            KeptOrder.Sorted<String> sorted = KeptOrder.sort(byKey,
                    Comparator.comparing((String v) -> v.substring(9), ORDER), order);
            List<String> expected = byKey.keySet().stream().sorted(ORDER).map(k -> "value of " + k).toList();
            assertEquals(expected, sorted.values(), "build " + build);
            if (changes == 0 && order.isPresent()) {
                assertSame(order.get(), sorted.order(), "nothing changed: the order carried on is the same");
            }
            order = Optional.of(sorted.order());
        }
    }

    @Test
    void withoutAnEarlierOrderItSorts() {
        Map<String, Integer> byKey = Map.of("b", 2, "c", 3, "a", 1);
        assertEquals(List.of(1, 2, 3), KeptOrder.sort(byKey, Comparator.naturalOrder(), Optional.empty()).values());
    }
}
