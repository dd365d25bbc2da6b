package org.factsite.cache;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The jars and class folders the generator runs from. Under Maven the plugin's class realm lists the plugin's
 * jar and each library as a jar of its own; the command line runs from one shaded jar on the class path.
 */
public final class CodeLocations {

    private CodeLocations() {
    }

    /** {@code own} with every file of {@code loader}'s URLs and of the JVM's class path, in path order. */
    static Set<Path> of(Path own, ClassLoader loader) {
        Set<Path> locations = new TreeSet<>(filesOf(loader));
        locations.add(own);
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                locations.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return locations;
    }

    /**
     * The files of {@code loader}'s URLs, in its order (under Maven, the plugin realm: the plugin's jar and each
     * library's); empty for a loader that lists none.
     */
    public static List<Path> filesOf(ClassLoader loader) {
        List<Path> files = new ArrayList<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    try {
                        files.add(Path.of(url.toURI()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // not a path: nothing we could read either
                    }
                }
            }
        }
        return files;
    }
}
