package org.factsite.render.theme;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

/**
 * A theme: {@code templates/} (FreeMarker), {@code assets/} (copied to the site's {@code assets/}),
 * {@code i18n/<language>.properties} (every word a reader sees) and {@code card/} (the share cards' style and
 * fonts). A site's own theme overrides the bundled
 * default file by file and message by message, so it need only hold what it changes.
 */
public final class Theme implements Closeable {

    static final String BUNDLED = "/org/factsite/theme/default/";
    private static final String MARKER = "theme.properties";

    /** Most specific first: the site's theme, then the bundled default. */
    private final List<Path> roots;
    private final FileSystem jarFileSystem;

    private Theme(List<Path> roots, FileSystem jarFileSystem) {
        this.roots = List.copyOf(roots);
        this.jarFileSystem = jarFileSystem;
    }

    /** The bundled default theme, overlaid by {@code siteTheme} when given. */
    public static Theme open(Optional<Path> siteTheme) {
        URL marker = Theme.class.getResource(BUNDLED + MARKER);
        if (marker == null) {
            throw new IllegalStateException("the bundled theme is missing from the class path");
        }
        try {
            FileSystem jar = null;
            Path bundled;
            if (marker.getProtocol().equals("jar")) {
                Path jarFile = Path.of(((JarURLConnection) marker.openConnection()).getJarFileURL().toURI());
                // A private, unregistered file system: parallel builds never share or close each other's.
                jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null);
                bundled = jar.getPath(BUNDLED);
            } else {
                bundled = Path.of(marker.toURI()).getParent();
            }
            List<Path> roots = new ArrayList<>();
            siteTheme.map(p -> p.toAbsolutePath().normalize()).ifPresent(roots::add);
            roots.add(bundled);
            return new Theme(roots, jar);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the bundled theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled theme: " + marker, e);
        }
    }

    public TemplateLoader templateLoader() {
        TemplateLoader[] loaders = roots.stream()
                .map(root -> new PathTemplateLoader(root.resolve("templates")))
                .toArray(TemplateLoader[]::new);
        return new MultiTemplateLoader(loaders);
    }

    /** Where a template came from, for messages about errors in it. */
    public Path templateFile(String name) {
        return roots.stream().map(r -> r.resolve("templates").resolve(name)).filter(Files::isRegularFile)
                .findFirst().orElse(Path.of("templates", name));
    }

    /** Whether any theme layer translates into {@code language} (exactly, or by its primary language). */
    public boolean translates(String language) {
        return languageChain(language).stream().anyMatch(l -> roots.stream()
                .anyMatch(r -> Files.isRegularFile(messagesFile(r, l))));
    }

    /**
     * Every message for a page in {@code language}: English as the base, overlaid by the site language, then by
     * the page language (each by its primary subtag first), each from the default theme then the site's.
     */
    public Map<String, String> messages(String language, String siteLanguage) {
        List<String> chain = new ArrayList<>();
        chain.add("en");
        chain.addAll(languageChain(siteLanguage));
        chain.addAll(languageChain(language));
        // Keep each language at its last (most specific) place: an English page of a Vietnamese site is English.
        List<String> order = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!order.contains(chain.get(i))) {
                order.add(0, chain.get(i));
            }
        }
        List<Path> leastSpecificFirst = new ArrayList<>(roots);
        Collections.reverse(leastSpecificFirst);
        Map<String, String> merged = new TreeMap<>();
        for (String l : order) {
            for (Path root : leastSpecificFirst) {
                merged.putAll(load(messagesFile(root, l)));
            }
        }
        return Collections.unmodifiableMap(merged);
    }

    /** The share cards' style ({@code card/card.properties}): the default theme's, overridden key by key by the site's. */
    public Map<String, String> cardStyle() {
        List<Path> leastSpecificFirst = new ArrayList<>(roots);
        Collections.reverse(leastSpecificFirst);
        Map<String, String> merged = new TreeMap<>();
        for (Path root : leastSpecificFirst) {
            merged.putAll(load(root.resolve("card").resolve("card.properties")));
        }
        return Collections.unmodifiableMap(merged);
    }

    /** A file of the cards' folder ({@code card/}: fonts, a logo), from the most specific theme that has it. */
    public Path cardFile(String name) {
        return roots.stream().map(r -> r.resolve("card").resolve(name)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no theme has the card file card/" + name));
    }

    /** Asset files by their path below {@code assets/}, the site's overriding the default's. */
    public SortedMap<String, Path> assets() {
        SortedMap<String, Path> assets = new TreeMap<>();
        List<Path> leastSpecificFirst = new ArrayList<>(roots);
        Collections.reverse(leastSpecificFirst);
        for (Path root : leastSpecificFirst) {
            Path folder = root.resolve("assets");
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).forEach(f -> assets.put(
                        folder.relativize(f).toString().replace(folder.getFileSystem().getSeparator(), "/"), f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list theme assets in " + folder, e);
            }
        }
        return assets;
    }

    private static List<String> languageChain(String language) {
        int dash = language.indexOf('-');
        return dash > 0 ? List.of(language.substring(0, dash), language) : List.of(language);
    }

    private static Path messagesFile(Path root, String language) {
        return root.resolve("i18n").resolve(language + ".properties");
    }

    private static Map<String, String> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
        return map;
    }

    @Override
    public void close() {
        if (jarFileSystem != null) {
            try {
                jarFileSystem.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
