package org.factsite.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the preview: the site's files under its base path (as GitHub Pages would, with the site's 404
 * page), the reload script injected into every HTML page, the event stream and the current state. Never a
 * file outside the site folder.
 */
final class SiteHandler extends Handler.Abstract {

    static final String ENDPOINTS = "__factsite/";
    private static final Map<String, String> TYPES = Map.of(
            "xml", "application/xml", "json", "application/json", "js", "text/javascript", "webmanifest",
            "application/manifest+json", "txt", "text/plain", "md", "text/plain");

    private final Path site;
    private final Supplier<PreviewState> state;
    private final Supplier<Map<String, byte[]>> ahead;
    private final ReloadEvents events;
    private final ObjectMapper json;
    private final byte[] script;
    private final boolean loopbackOnly;

    /**
     * @param loopbackOnly the server listens on a loopback address: then it answers only requests addressed to
     *                     localhost, so a web page cannot reach the preview (and its drafts) through a DNS name
     *                     it points at 127.0.0.1 (DNS rebinding)
     */
    SiteHandler(Path site, Supplier<PreviewState> state, Supplier<Map<String, byte[]>> ahead, ReloadEvents events,
            ObjectMapper json, boolean loopbackOnly) {
        this.site = site.toAbsolutePath().normalize();
        this.json = json;
        this.loopbackOnly = loopbackOnly;
        this.state = state;
        this.ahead = ahead;
        this.events = events;
        try (InputStream in = SiteHandler.class.getResourceAsStream("live.js")) {
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            send(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain; charset=utf-8",
                    "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8), false);
            return true;
        }
        boolean head = method.equals("HEAD");
        if (loopbackOnly && !isLocalName(Request.getServerName(request))) {
            send(response, callback, HttpStatus.FORBIDDEN_403, "text/plain; charset=utf-8",
                    "The preview answers only to localhost, 127.0.0.1 and [::1].\n".getBytes(StandardCharsets.UTF_8),
                    head);
            return true;
        }
        PreviewState now = state.get();
        String base = now.basePath();
        String raw = request.getHttpURI().getPath();
        if (raw == null || raw.isEmpty() || raw.equals("/") && !base.equals("/")) {
            redirect(response, callback, HttpStatus.FOUND_302, base);
            return true;
        }
        Optional<String> sitePath = SitePaths.resolve(raw, base);
        if (sitePath.isEmpty()) {
            if (SitePaths.decode(raw).filter(p -> (p + "/").equals(base)).isPresent()) {
                redirect(response, callback, HttpStatus.FOUND_302, base); // the base path without its slash
            } else {
                notFound(response, callback, base, head);
            }
            return true;
        }
        String path = sitePath.get();
        if (path.startsWith(ENDPOINTS)) {
            endpoint(path.substring(ENDPOINTS.length()), now, response, callback, head);
            return true;
        }
        byte[] madeAhead = ahead.get().get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        if (madeAhead != null) {
            send(response, callback, 200, "text/html; charset=utf-8", withReloadScript(new String(madeAhead,
                    StandardCharsets.UTF_8), base).getBytes(StandardCharsets.UTF_8), head);
            return true;
        }
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site)) {
            notFound(response, callback, base, head);
            return true;
        }
        if (Files.isDirectory(file)) {
            if (!path.isEmpty() && !path.endsWith("/")) {
                redirect(response, callback, HttpStatus.MOVED_PERMANENTLY_301, base + path + "/");
                return true;
            }
            file = file.resolve("index.html");
        }
        if (!isServable(file)) {
            notFound(response, callback, base, head);
            return true;
        }
        serveFile(response, callback, file, HttpStatus.OK_200, base, head);
        return true;
    }

    private static boolean isLocalName(String host) {
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]") || name.equals("::1");
    }

    /** A regular file inside the site folder, also after following links. */
    private boolean isServable(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && file.toRealPath().startsWith(site.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private void endpoint(String name, PreviewState now, Response response, Callback callback, boolean head) {
        switch (name) {
            case "events" -> events.open(response, callback, "state", now.toJson(json));
            case "state.json" -> send(response, callback, 200, "application/json",
                    now.toJson(json).getBytes(StandardCharsets.UTF_8), head);
            case "live.js" -> send(response, callback, 200, "text/javascript; charset=utf-8", script, head);
            default -> notFound(response, callback, now.basePath(), head);
        }
    }

    private void serveFile(Response response, Callback callback, Path file, int status, String base, boolean head) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            send(response, callback, 500, "text/plain; charset=utf-8",
                    ("Cannot read " + file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        String type = contentType(file.getFileName().toString());
        if (type.startsWith("text/html")) {
            bytes = withReloadScript(new String(bytes, StandardCharsets.UTF_8), base).getBytes(StandardCharsets.UTF_8);
        }
        send(response, callback, status, type, bytes, head);
    }

    /** The preview's script, before the end of the body: reloads the page after a build, shows problems. */
    static String withReloadScript(String html, String base) {
        String tag = "<script src=\"" + base + ENDPOINTS + "live.js\" data-base=\"" + base + "\" defer></script>\n";
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    static String contentType(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            type = MimeTypes.DEFAULTS.getMimeByExtension(name);
        }
        if (type == null) {
            return "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.equals("application/xml") || type.equals("application/json")
                || type.equals("image/svg+xml") || type.endsWith("+json");
        return text && !type.contains("charset") ? type + "; charset=utf-8" : type;
    }

    /**
     * Jetty itself refuses a path that climbs above the root ({@code /a/../../x}) as a bad URI before any
     * handler sees it; those get the same 404 as every other path that leaves the site.
     */
    final class PathErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Object status = request.getAttribute(ERROR_STATUS);
            if (Integer.valueOf(HttpStatus.BAD_REQUEST_400).equals(status)
                    && request.getAttribute(ERROR_EXCEPTION) instanceof Throwable failure
                    && failure.getCause() instanceof IllegalArgumentException cause && "Bad URI".equals(cause.getMessage())) {
                notFound(response, callback, state.get().basePath(), "HEAD".equals(request.getMethod()));
                return true;
            }
            return super.handle(request, response, callback);
        }
    }

    private void notFound(Response response, Callback callback, String base, boolean head) {
        Path page = site.resolve("404.html");
        if (isServable(page)) {
            serveFile(response, callback, page, HttpStatus.NOT_FOUND_404, base, head);
        } else {
            // No site yet (the first build failed): a page that carries the script, so the problems show
            // over it and it reloads into the site once they are fixed.
            String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<title>FactSite preview</title>\n</head>\n<body>\n<h1>FactSite preview</h1>\n"
                    + "<p>There is no page here yet: the site has not been built.</p>\n</body>\n</html>\n";
            send(response, callback, 404, "text/html; charset=utf-8",
                    withReloadScript(html, base).getBytes(StandardCharsets.UTF_8), head);
        }
    }

    private static void redirect(Response response, Callback callback, int status, String location) {
        response.getHeaders().put(HttpHeader.LOCATION, location);
        send(response, callback, status, "text/plain; charset=utf-8",
                ("Moved to " + location + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body,
            boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }
}
