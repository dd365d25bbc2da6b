package org.factsite.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.factsite.preview.LivePreview;
import org.factsite.site.BuildRequest;

/**
 * Edit-to-reload latency of the live preview: starts it on an archive, listens to its events as an open page
 * does, then edits one claim file at a time and times from the write to the event that reloads the edited
 * claim's page (made ahead of the rest of the build), on to the new page being served, and to the end of the
 * build (the event that reloads every other page).
 *
 * <pre>java -cp factsite-cli.jar:factsite-benchmark.jar org.factsite.benchmark.PreviewLatency CONTENT [EDITS]</pre>
 */
public final class PreviewLatency {

    private PreviewLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]).toAbsolutePath();
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path output = Files.createTempDirectory("factsite-preview-latency");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(log, true, StandardCharsets.UTF_8);
        // The preview parses a file again while its time is too recent to tell a second edit apart (2 s): the
        // archive was just generated, and an author's files are older than that.
        Thread.sleep(2_100);
        long startAt = System.nanoTime();
        try (LivePreview preview = new LivePreview(BuildRequest.of(content, output), "127.0.0.1", 0, quiet, quiet)) {
            URI site = preview.start();
            System.out.printf("first build and start: %d ms%n", (System.nanoTime() - startAt) / 1_000_000);
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(site.resolve("__factsite/events"))
                    .build(), HttpResponse.BodyHandlers.ofLines());
            // Each event as its name and its data ("pages" names the addresses of the pages made ahead).
            String[] name = {""};
            Thread reader = new Thread(() -> stream.body().forEach(l -> {
                if (l.startsWith("event: ")) {
                    name[0] = l.substring(7);
                } else if (l.startsWith("data: ")) {
                    events.add(name[0] + "\t" + l.substring(6));
                }
            }));
            reader.setDaemon(true);
            reader.start();
            expect(events, "state");
            List<Path> claims;
            try (Stream<Path> files = Files.list(content.resolve("claims"))) {
                claims = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            List<Long> toEvent = new ArrayList<>();
            List<Long> toPage = new ArrayList<>();
            List<Long> toBuilt = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path claim = claims.get((i * 7919) % claims.size());
                String marker = "Edited for the latency benchmark, round " + i + ".";
                Thread.sleep(300); // let the last round's writes settle
                long t0 = System.nanoTime();
                Files.writeString(claim, "\n" + marker + "\n", StandardOpenOption.APPEND);
                String ahead = expect(events, "pages");
                long t1 = System.nanoTime();
                String slug = claim.getFileName().toString().replaceFirst("\\.md$", "");
                // The page's address as the event names it: on a site of several languages, in its edition's folder.
                Matcher address = Pattern.compile("\"(/[^\"]*/" + Pattern.quote(slug) + "/)\"").matcher(ahead);
                if (!address.find()) {
                    throw new IllegalStateException("the pages event does not name " + slug + "'s page: " + ahead);
                }
                String page = http.send(HttpRequest.newBuilder(site.resolve(address.group(1))).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                long t2 = System.nanoTime();
                if (!page.contains(marker)) {
                    throw new IllegalStateException("the served page of " + slug + " lacks the edit");
                }
                expect(events, "reload");
                long t3 = System.nanoTime();
                toEvent.add((t1 - t0) / 1_000_000);
                toPage.add((t2 - t0) / 1_000_000);
                toBuilt.add((t3 - t0) / 1_000_000);
            }
            System.out.printf("claims: %d, edits: %d%n", claims.size(), edits);
            System.out.printf("edit to the edited page's reload event: median %d ms, 90th percentile %d ms, max %d ms%n",
                    percentile(toEvent, 50), percentile(toEvent, 90), Collections.max(toEvent));
            System.out.printf("edit to new page served: median %d ms, 90th percentile %d ms, max %d ms%n",
                    percentile(toPage, 50), percentile(toPage, 90), Collections.max(toPage));
            System.out.printf("edit to the whole site rebuilt (reload event of the other pages): median %d ms, "
                    + "90th percentile %d ms, max %d ms%n", percentile(toBuilt, 50), percentile(toBuilt, 90),
                    Collections.max(toBuilt));
            System.out.println("all rounds (ms to the edited page's reload event): " + toEvent);
            System.out.println("all rounds (ms to the whole site rebuilt): " + toBuilt);
            System.out.println("preview log (last lines):");
            log.toString(StandardCharsets.UTF_8).lines().skip(Math.max(0, log.toString(StandardCharsets.UTF_8)
                    .lines().count() - 5)).forEach(l -> System.out.println("  " + l));
        }
    }

    /** The next event's data, which must be a {@code name} event. */
    private static String expect(BlockingQueue<String> events, String name) throws InterruptedException {
        String event = events.poll(60, TimeUnit.SECONDS);
        if (event == null || !event.startsWith(name + "\t")) {
            throw new IllegalStateException("expected a " + name + " event, got " + event);
        }
        return event.substring(name.length() + 1);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
