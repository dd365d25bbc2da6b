package org.factsite.preview;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The open pages of the preview, each listening on a server-sent event stream ({@code EventSource}): told to
 * reload after a build that changed the site, or sent the problems of a build that failed.
 */
final class ReloadEvents {

    /** One open page's stream; writes to it are serialized, as Jetty allows one pending write per response. */
    private static final class Stream {
        private final Response response;
        private final Callback done;

        Stream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized boolean send(String text) {
            Callback.Completable written = new Callback.Completable();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(5, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                done.failed(e); // the page went away: the stream ends
                return false;
            }
        }

        synchronized void end() {
            response.write(true, ByteBuffer.allocate(0), done);
        }
    }

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();

    /** Starts an event stream on {@code response} and sends it {@code first} (the current state). */
    void open(Response response, Callback done, String firstEvent, String firstData) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Stream stream = new Stream(response, done);
        streams.add(stream);
        if (!stream.send("retry: 1000\n" + event(firstEvent, firstData))) {
            streams.remove(stream);
        }
    }

    /** Sends an event to every open page; pages that went away are dropped. */
    void broadcast(String name, String data) {
        String text = event(name, data);
        streams.removeIf(stream -> !stream.send(text));
    }

    /** A comment line, so idle connections are not timed out and closed pages are noticed. */
    void ping() {
        streams.removeIf(stream -> !stream.send(": ping\n\n"));
    }

    void closeAll() {
        streams.forEach(Stream::end);
        streams.clear();
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data.replace("\n", "\ndata: ") + "\n\n";
    }
}
