package org.factsite.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.methvin.watcher.DirectoryWatcher;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.factsite.diagnostic.ContentErrorsException;
import org.factsite.diagnostic.Diagnostic;
import org.factsite.load.ContentLoader;
import org.factsite.site.BuildRequest;
import org.factsite.site.PreviewBuild;
import org.factsite.site.PreviewBuilder;

/**
 * The live preview: builds the archive, serves it on a local port, watches the content and theme folders, and
 * after every change rebuilds what changed and reloads the open pages. A build with content errors does not
 * stop it: the terminal and the open pages show the problems, and the last good site stays served.
 */
public final class LivePreview implements AutoCloseable {

    /** Changes closer together than this are one rebuild (an editor saving writes several times). */
    private static final long SETTLE_MILLIS = 25;

    private final PreviewBuilder builder;
    private final String host;
    private final int port;
    private final PrintStream out;
    private final PrintStream err;
    private final ReloadEvents events = new ReloadEvents();
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "factsite-preview-build");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PreviewState state = new PreviewState(0, "/", List.of());
    /** Pages a build in progress made ahead, by their files below the site: served before the site on disk has them. */
    private volatile Map<String, byte[]> ahead = Map.of();
    private List<String> lastWarnings = List.of();
    private ScheduledFuture<?> pending;
    private Server server;
    private DirectoryWatcher watcher;
    private volatile List<String> watchedIdentities = List.of();

    /**
     * @param request the archive, and where the preview's site is written (not the published site's folder)
     * @param host    the address to listen on; 127.0.0.1 keeps the preview on this machine
     * @param port    the port; 0 picks a free one
     */
    public LivePreview(BuildRequest request, String host, int port, PrintStream out, PrintStream err) {
        this.builder = new PreviewBuilder(request);
        this.host = host;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /** Builds, starts serving and watching; returns the address of the site. */
    public URI start() throws IOException {
        rebuild();
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("factsite-preview-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Every path reaches the handler, which answers 404 to any it will not serve (such as "..").
        http.setUriCompliance(UriCompliance.UNSAFE);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        SiteHandler handler = new SiteHandler(builder.request().outputDirectory(), () -> state, () -> ahead, events,
                json, InetAddress.getByName(host).isLoopbackAddress());
        server.setHandler(handler);
        server.setErrorHandler(handler.new PathErrors());
        try {
            server.start();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot start the preview server on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        watch();
        worker.scheduleWithFixedDelay(events::ping, 15, 15, TimeUnit.SECONDS);
        worker.scheduleWithFixedDelay(this::watchAgainIfReplaced, 1, 1, TimeUnit.SECONDS);
        return address();
    }

    /** (Re)starts watching the folders as they are now; a folder that does not exist yet is looked for later. */
    private synchronized void watch() throws IOException {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        watchedIdentities = identities();
        List<Path> folders = watchedFolders();
        if (folders.isEmpty()) {
            return; // all gone (content/ removed): watchAgainIfReplaced starts again when one is back
        }
        watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false)
                .listener(event -> changed())
                .build();
        watcher.watchAsync();
    }

    /**
     * A watched folder that was removed and made again (or made after the start) is a new folder to the operating
     * system, and the old watch sees nothing of it: when a folder's identity differs from when watching began, the
     * folders are watched again and the site rebuilt. Checked once a second: a few file attributes. A folder made
     * again at once may get the old one's identity back (its inode), so a build that found the content folder gone
     * also asks for watching again ({@link #rebuild}).
     */
    private void watchAgainIfReplaced() {
        if (identities().equals(watchedIdentities)) {
            return;
        }
        try {
            watch();
            changed();
        } catch (IOException | RuntimeException e) {
            // Said, and tried again in a second (no rebuild each second meanwhile): an exception would end this
            // schedule for good.
            err.println("The preview cannot watch the content folder again: " + e.getMessage());
            watchedIdentities = List.of();
        }
    }

    /** Each folder the preview would watch, with what identifies it on disk ("none" when it does not exist). */
    private List<String> identities() {
        List<String> identities = new ArrayList<>();
        for (Path folder : candidateFolders()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class);
                identities.add(folder + "=" + (attributes.fileKey() != null ? attributes.fileKey()
                        : attributes.creationTime()));
            } catch (IOException e) {
                identities.add(folder + "=none");
            }
        }
        return identities;
    }

    /** The site's address, e.g. {@code http://127.0.0.1:8100/archive/}. */
    public URI address() {
        int actual = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shownHost + ":" + actual + state.basePath());
    }

    /** Waits until the preview is closed (Ctrl-C closes it through a shutdown hook). */
    public void join() throws InterruptedException {
        server.join();
    }

    /** The content, the theme folder and the themes folder beside the content, when they exist. */
    private List<Path> watchedFolders() {
        return candidateFolders().stream().filter(Files::isDirectory).toList();
    }

    private List<Path> candidateFolders() {
        BuildRequest request = builder.request();
        List<Path> folders = new ArrayList<>();
        folders.add(request.contentDirectory());
        request.themeDirectory().ifPresent(folders::add);
        Path themes = ContentLoader.themesFolder(request.contentDirectory());
        if (request.themeDirectory().map(t -> !t.startsWith(themes)).orElse(true)) {
            folders.add(themes);
        }
        return folders.stream().distinct().toList();
    }

    /** A file changed: rebuild once the changes settle. */
    private synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = worker.schedule(this::rebuild, SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Builds, then tells the open pages: reload after a change, or here are the problems. The pages of the claims
     * just edited are made first: pages showing them are told to reload at once ("pages"), the rest when the
     * build is done ("reload", which names the pages that are already current).
     */
    void rebuild() {
        PreviewState before = state;
        List<String> shownAhead = new ArrayList<>();
        try {
            PreviewBuild build = builder.rebuild(pages -> {
                Map<String, byte[]> files = new HashMap<>();
                pages.forEach(page -> {
                    files.put(page.file(), page.html());
                    shownAhead.add(page.address());
                });
                ahead = Map.copyOf(files);
                events.broadcast("pages", PreviewState.pagesJson(json, before.version() + 1, shownAhead));
            });
            ahead = Map.of(); // the site on disk has them now
            noticeMissingContent();
            List<String> warnings = build.warnings().stream().map(this::format).toList();
            if (!warnings.equals(lastWarnings)) {
                warnings.forEach(err::println);
                lastWarnings = warnings;
            }
            state = new PreviewState(before.version() + 1, build.basePath(), List.of(),
                    build.current().stream().sorted().toList());
            out.printf("Built %d claims in %d ms: %d files changed%n", build.claims(), build.millis(),
                    build.changed().size());
            if (!build.changed().isEmpty()) {
                events.broadcast("reload", state.toJson(json));
            } else if (!before.errors().isEmpty()) {
                events.broadcast("state", state.toJson(json)); // fixed by undoing: nothing to reload, clear the problems
            }
        } catch (ContentErrorsException e) {
            ahead = Map.of();
            noticeMissingContent();
            List<String> lines = e.diagnostics().stream().map(this::format).toList();
            state = new PreviewState(before.version() + 1, before.basePath(), lines);
            err.println(e.report());
            err.println("The preview keeps the last good site. Fix the files and save: it rebuilds by itself.");
            lastWarnings = List.of();
            takeBack(shownAhead);
            events.broadcast("state", state.toJson(json));
        } catch (RuntimeException e) {
            ahead = Map.of();
            takeBack(shownAhead);
            err.println("The preview could not build: " + e);
        }
    }

    /** Pages shown ahead of a build that then failed go back to the last good site (and hear its problems). */
    private void takeBack(List<String> shownAhead) {
        if (!shownAhead.isEmpty()) {
            events.broadcast("pages", PreviewState.pagesJson(json, state.version(), shownAhead));
        }
    }

    /** Before the pages hear of a build: a content folder it found gone is watched again once it is back. */
    private void noticeMissingContent() {
        if (!Files.isDirectory(builder.request().contentDirectory())) {
            watchedIdentities = List.of(); // whatever its identity is then
        }
    }

    private String format(Diagnostic diagnostic) {
        return diagnostic.format(builder.request().reportRoot());
    }

    /** Stops watching and serving; open pages are told the stream ended. */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            events.closeAll();
            try {
                if (server != null) {
                    server.stop();
                }
            } catch (Exception e) {
                err.println("The preview server did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
