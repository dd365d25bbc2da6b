package org.factsite.warmcold;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit scripts at random: claims added, edited, retitled into and out of each other's related questions,
 * re-dated, re-tagged, drafted, corrected, broken and fixed, deleted, renamed, and time passing, each step
 * checked warm against cold. The seed is fixed so CI is repeatable; {@code -Dfactsite.harness.seed=N} and
 * {@code -Dfactsite.harness.steps=N} explore further (a failure names the steps that led to it).
 */
class RandomEditsTest {

    private static final long SEED = Long.getLong("factsite.harness.seed", 20261201L);
    private static final int STEPS = Integer.getInteger("factsite.harness.steps", 40);

    private static final String SITE = """
            title: Random Desk
            baseUrl: https://random.example/desk/
            language: en
            timezone: America/New_York
            pageSize: 3
            """;
    private static final List<String> QUESTIONS = List.of("Is the water safe to drink?", "Did fares rise in May?",
            "Có phải giá điện tăng gấp đôi?", "Was the bridge built with loans?", "Do pupils ride for free?",
            "Is VNeID compulsory?", "Did the minister say that?", "Are the photos from 2019?",
            // One word from a question above: the near-title warnings, and their index carried between builds.
            "Is the water safe to drink now?", "Did fares rise in June?", "Co phai gia dien tang gap doi?");
    private static final List<String> VERDICTS = List.of("true", "mostly-true", "mixed", "mostly-false", "false",
            "unsupported");
    private static final List<String> TAGS = List.of("health", "Health", "giao thông", "Giao Thông", "economy",
            "digital");

    @TempDir
    Path dir;

    /** One claim as the script holds it; its file is written from it after every change. */
    private static final class Spec {
        String title;
        String verdict;
        LocalDate checked;
        List<String> tags = new ArrayList<>();
        List<String> related = new ArrayList<>();
        String lang;
        boolean draft;
        LocalDate correction;
        String body = "First version.";
        boolean broken;

        String text() {
            StringBuilder s = new StringBuilder("---\ntitle: \"").append(title).append("\"\nclaim: Said somewhere.\n")
                    .append("verdict: ").append(broken ? "not-a-verdict" : verdict).append("\nchecked: ")
                    .append(checked).append('\n');
            if (!tags.isEmpty()) {
                s.append("tags: [").append(String.join(", ", tags)).append("]\n");
            }
            if (!related.isEmpty()) {
                s.append("related:\n");
                related.forEach(q -> s.append("  - \"").append(q).append("\"\n"));
            }
            if (lang != null) {
                s.append("lang: ").append(lang).append('\n');
            }
            if (draft) {
                s.append("draft: true\n");
            }
            if (correction != null) {
                s.append("corrections:\n  - date: ").append(correction).append("\n    note: A figure was wrong.\n");
            }
            return s.append("---\n").append(body).append('\n').toString();
        }
    }

    @Test
    void randomEditsKeepWarmEqualToCold() {
        Random random = new Random(SEED);
        WarmColdHarness h = WarmColdHarness.empty(dir, SITE);
        Map<String, Spec> claims = new LinkedHashMap<>();
        Instant now = WarmColdHarness.START;
        int files = 0;
        for (int step = 0; step < STEPS; step++) {
            List<String> names = new ArrayList<>(claims.keySet());
            int op = names.isEmpty() ? 0 : random.nextInt(names.size() < 6 ? 12 : 11) ;
            String name = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
            Spec spec = name == null ? null : claims.get(name);
            String what;
            switch (op) {
                case 0, 11 -> {
                    Spec fresh = new Spec();
                    fresh.title = pick(random, QUESTIONS);
                    fresh.verdict = pick(random, VERDICTS);
                    fresh.checked = LocalDate.of(2026, 11, 20).plusDays(random.nextInt(12));
                    fresh.tags.add(pick(random, TAGS));
                    fresh.related.add(pick(random, QUESTIONS));
                    fresh.lang = random.nextBoolean() ? null : "vi";
                    name = "content/claims/c" + files++ + ".md";
                    claims.put(name, fresh);
                    spec = fresh;
                    what = "add " + name;
                }
                case 1 -> {
                    spec.body = "Edited " + random.nextInt(1000) + ".";
                    what = "edit the body of " + name;
                }
                case 2 -> {
                    spec.title = pick(random, QUESTIONS);
                    what = "retitle " + name + " to " + spec.title;
                }
                case 3 -> {
                    spec.verdict = pick(random, VERDICTS);
                    what = "change the verdict of " + name;
                }
                case 4 -> {
                    spec.checked = spec.checked.plusDays(random.nextInt(5) - 2);
                    spec.correction = null;
                    what = "re-date " + name;
                }
                case 5 -> {
                    spec.tags = random.nextBoolean() ? List.of(pick(random, TAGS)) : List.of(pick(random, TAGS),
                            pick(random, TAGS));
                    what = "re-tag " + name;
                }
                case 6 -> {
                    spec.draft = !spec.draft;
                    what = (spec.draft ? "draft " : "publish ") + name;
                }
                case 7 -> {
                    spec.correction = spec.checked.plusDays(1 + random.nextInt(3));
                    what = "correct " + name;
                }
                case 8 -> {
                    spec.broken = !spec.broken;
                    what = (spec.broken ? "break " : "fix ") + name;
                }
                case 9 -> {
                    String newName = "content/claims/c" + files++ + ".md";
                    h.move(name, newName);
                    claims.remove(name);
                    claims.put(newName, spec);
                    what = "rename " + name + " to " + newName;
                    name = newName;
                }
                default -> {
                    if (random.nextBoolean()) {
                        claims.remove(name);
                        String gone = name;
                        h.step("delete " + gone, expected(claims), () -> h.delete(gone));
                        continue;
                    }
                    now = now.plus(random.nextInt(30), ChronoUnit.HOURS);
                    Instant at = now;
                    h.step("time passes to " + at, expected(claims), () -> h.moveClockTo(at));
                    continue;
                }
            }
            if (op != 8) {
                spec.broken = spec.broken && random.nextInt(3) > 0; // most edits leave a broken claim broken
            }
            String file = name;
            String text = spec.text();
            h.step(what, expected(claims), () -> h.write(file, text));
        }
    }

    /** The script knows which claims it broke: the archive builds exactly when none of them is broken now. */
    private static WarmColdHarness.Expect expected(Map<String, Spec> claims) {
        return claims.values().stream().anyMatch(c -> c.broken) ? WarmColdHarness.Expect.FAILS
                : WarmColdHarness.Expect.BUILDS;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
