package org.factsite.conformance;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built site under its base path on a free loopback port, as GitHub Pages would: folder addresses
 * serve index.html, missing ones get 404.html with status 404, nothing outside the site is served.
 */
final class LocalSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css",
            "text/css; charset=utf-8", "xml", "application/xml", "json", "application/json", "png", "image/png",
            "svg", "image/svg+xml", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8", "js",
            "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final Path site;
    private final String basePath;

    LocalSiteServer(Path site, String basePath) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.basePath = basePath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** e.g. {@code http://127.0.0.1:43121/archive/} */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            Path file = null;
            if (path.startsWith(basePath)) {
                file = site.resolve(path.substring(basePath.length())).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
            }
            int status = 200;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                file = site.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            // As strict a policy as a desk may set: scripts from the site itself only, none inline.
            exchange.getResponseHeaders().set("Content-Security-Policy", "script-src 'self'");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
