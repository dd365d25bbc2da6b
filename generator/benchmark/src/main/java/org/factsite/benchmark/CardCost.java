package org.factsite.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factsite.render.card.Card;
import org.factsite.render.card.CardPainter;
import org.factsite.render.theme.Theme;

/**
 * What share cards cost: paints the card of every claim of an archive ({@code content/claims}, e.g. one
 * {@link SyntheticArchive} made) on one thread, twice (the first pass warms the JIT up), and prints the CPU time
 * per card of the second pass and the cards' sizes.
 *
 * <pre>java -cp factsite-benchmark.jar org.factsite.benchmark.CardCost content</pre>
 */
public final class CardCost {

    private static final Pattern FIELD = Pattern.compile("(?m)^(claim|claimant|verdict): \"?(.*?)\"?$");
    private static final List<String[]> VERDICTS = List.of(new String[] {"True", "✔", "#176f2c"},
            new String[] {"Mostly true", "◕", "#3f7d20"}, new String[] {"Mixed", "◐", "#8a5a00"},
            new String[] {"Mostly false", "◔", "#b45309"}, new String[] {"False", "✖", "#b91c1c"});

    private CardCost() {
    }

    public static void main(String[] args) throws IOException {
        List<Card> cards = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]).resolve("claims"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                String claim = "";
                String claimant = null;
                Matcher m = FIELD.matcher(text.substring(0, text.indexOf("\n---", 3)));
                while (m.find()) {
                    if (m.group(1).equals("claim")) {
                        claim = m.group(2);
                    } else if (m.group(1).equals("claimant")) {
                        claimant = "Claim by " + m.group(2);
                    }
                }
                String[] verdict = VERDICTS.get(cards.size() % VERDICTS.size());
                cards.add(new Card(verdict[0], verdict[1], verdict[2], "“" + claim + "”", claimant, "FactSite Demo Desk",
                        "Checked 9 October 2025", null));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (Theme theme = Theme.open(Optional.empty())) {
            CardPainter painter = CardPainter.of(theme);
            long[] sizes = new long[cards.size()];
            long cpu = 0;
            for (int pass = 0; pass < 2; pass++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < cards.size(); i++) {
                    sizes[i] = painter.paint(cards.get(i)).length;
                }
                cpu = threads.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(sizes);
            System.out.printf("%d cards: %.2f ms CPU a card; %.1f KB on average, %.1f KB at the 95th percentile, "
                    + "%.1f KB the largest%n", cards.size(), cpu / 1e6 / cards.size(),
                    Arrays.stream(sizes).average().orElse(0) / 1024, sizes[(int) (sizes.length * 0.95)] / 1024.0,
                    sizes[sizes.length - 1] / 1024.0);
        }
    }
}
