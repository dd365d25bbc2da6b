package org.factsite.preview;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's view of the preview's server-sent events, read as a browser's EventSource would. */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile Stream<String> lines;

    EventStream(HttpClient client, URI uri) throws Exception {
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            throw new AssertionError("not an event stream: " + response.statusCode() + " " + response.headers());
        }
        lines = response.body();
        reader = new Thread(() -> {
            String[] name = {"message"};
            StringBuilder data = new StringBuilder();
            try {
                lines.forEach(line -> {
                    if (line.startsWith("event: ")) {
                        name[0] = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                    } else if (line.isEmpty() && data.length() > 0) {
                        events.add(new Event(name[0], data.toString()));
                        name[0] = "message";
                        data.setLength(0);
                    }
                });
            } catch (RuntimeException e) {
                // closed
            }
        }, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next event, waiting up to {@code seconds}; fails the test if none comes. */
    Event next(int seconds) throws InterruptedException {
        Event event = events.poll(seconds, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + seconds + " s");
        }
        return event;
    }

    @Override
    public void close() {
        lines.close();
    }
}
