package org.factsite.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One build at a time per output folder: two builds staging into the same {@code site.staging} would swap
 * in each other's half-written trees. The lock is a file lock on {@code site.staging/lock}, held from reading
 * the last build's record to writing the new one; a second build (another process, or another Mojo of a
 * parallel Maven build in this JVM) waits for it. The operating system releases it when a build is killed.
 */
public final class OutputLock implements AutoCloseable {

    static final String FILE = "lock";
    private static final long RETRY_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other build holds {@code output}'s lock, then holds it until {@link #close()}. */
    public static OutputLock acquire(Path output) {
        Path file = StagedSiteWriter.stagingFolder(output).resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                while (true) {
                    FileLock lock = tryLock(channel);
                    if (lock != null) {
                        return new OutputLock(channel, lock);
                    }
                    Thread.sleep(RETRY_MILLIS);
                }
            } catch (InterruptedException e) {
                channel.close();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for another build of " + output, e);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** The lock, or null while another process or another thread of this JVM holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM, through another channel
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the build lock", e);
        }
    }
}
