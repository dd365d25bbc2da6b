package org.factsite.fork;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a build JVM.
 *
 * @param java        the {@code java} launcher (by default the one of the running JDK)
 * @param classpath   the generator's jars (under Maven: the plugin's artifacts)
 * @param jvmArgs     options for the build JVM (collector, heap); see {@link #DEFAULT_JVM_ARGS}
 * @param classData   a folder for the class-data sharing archive the build JVM makes on first use and maps on
 *                    later builds (the JDK's AppCDS), or empty for none
 */
public record ForkOptions(Path java, List<Path> classpath, List<String> jvmArgs, Optional<Path> classData) {

    /**
     * The serial collector: a build is one batch job on a small machine, where a parallel collector's threads
     * compete with the build's for the cores and grow the heap to a quarter of the machine's memory. Measured at
     * 10,000 claims (docs/performance.md): the same time as Maven's own JVM in less than half its memory.
     * A heap that grows only to a tenth more than it holds, with a smaller young generation: by default the
     * collector kept it twice the live set, 2.66 GB at 100,000 claims where these take it to 1.91 GB at about
     * the same time (at 10,000 claims 10 % less memory, a few per cent more CPU).
     */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30", "-XX:NewRatio=4");

    public ForkOptions {
        Objects.requireNonNull(java, "java");
        classpath = List.copyOf(classpath);
        jvmArgs = List.copyOf(jvmArgs);
        Objects.requireNonNull(classData, "classData");
    }

    /** The running JDK's launcher, the default options and no class-data archive. */
    public static ForkOptions of(List<Path> classpath) {
        return new ForkOptions(Path.of(System.getProperty("java.home"), "bin", "java"), classpath, DEFAULT_JVM_ARGS,
                Optional.empty());
    }

    public ForkOptions withJvmArgs(List<String> args) {
        return new ForkOptions(java, classpath, args, classData);
    }

    public ForkOptions withClassData(Path folder) {
        return new ForkOptions(java, classpath, jvmArgs, Optional.ofNullable(folder));
    }
}
