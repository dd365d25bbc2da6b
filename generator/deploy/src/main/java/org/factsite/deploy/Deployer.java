package org.factsite.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.factsite.text.Sizes;

/**
 * Publishes a built site to a bucket, changed files only, as named steps: scan the site, list the bucket (the
 * first request: wrong credentials stop the deploy here, having changed nothing), read the manifest, plan, guard
 * the deletions, then upload wave by wave (pages after what they show and link to), delete what the site no longer
 * has, and record the manifest. The manifest is recorded after each wave too, so a deploy run again after an
 * interruption sends only what is still missing.
 */
public final class Deployer {

    /** How often a long upload says how far it is. */
    private static final long PROGRESS_NANOS = 2_000_000_000L;

    private final DeployRequest request;
    private final Bucket bucket;
    private final Consumer<String> log;

    public Deployer(DeployRequest request, Bucket bucket, Consumer<String> log) {
        this.request = request;
        this.bucket = bucket;
        this.log = log;
    }

    /** Deploys to the bucket {@code request} names, through the S3 client (the Mojo's and the command line's way). */
    public static DeployResult run(DeployRequest request, Consumer<String> log) {
        try (S3Bucket bucket = S3Bucket.open(request)) {
            return new Deployer(request, bucket, log).deploy();
        }
    }

    public DeployResult deploy() {
        BucketAddress address = request.address();
        List<LocalFile> site = LocalSite.scan(request.site(), request.rules());
        List<RemoteObject> remote = bucket.list(address.prefix());
        String manifestKey = address.key(Manifest.NAME);
        Map<String, Manifest.Entry> manifest = new ConcurrentHashMap<>(bucket.read(manifestKey).map(Manifest::read)
                .orElse(Map.of()));
        DeployPlan plan = DeployPlan.of(site, remote, manifest, address);
        guardDeletions(plan);
        writeChanges(plan);
        log.accept((request.dryRun() ? "Plan for " : "Deploying to ") + address + ": " + plan.uploads().size()
                + " files to upload (" + Sizes.readable(plan.uploadBytes()) + "), " + plan.deletions().size()
                + " to delete, " + plan.unchanged().size() + " unchanged");
        if (request.dryRun()) {
            plan.uploads().stream().limit(20).forEach(f -> log.accept("  upload " + f.sitePath()));
            plan.deletions().stream().limit(20).forEach(key -> log.accept("  delete " + key));
            return result(plan);
        }
        // What the bucket will hold: entries of unchanged files as they are, uploads as they land.
        manifest.keySet().retainAll(site.stream().map(f -> address.key(f.sitePath()))
                .collect(java.util.stream.Collectors.toSet()));
        plan.unchanged().forEach(f -> manifest.put(address.key(f.sitePath()),
                Manifest.Entry.of(f, plan.etags().get(address.key(f.sitePath())))));
        upload(plan, manifest);
        parallel(plan.deletions(), key -> {
            bucket.delete(key);
            return 0L;
        });
        bucket.putManifest(manifestKey, Manifest.write(manifest));
        return result(plan);
    }

    private DeployResult result(DeployPlan plan) {
        return new DeployResult(plan.uploads().size(), plan.uploadBytes(), plan.deletions().size(),
                plan.unchanged().size(), request.dryRun(), request.changes());
    }

    /** A site that lost many files is more often a wrong build or a wrong address than a wish: stop first. */
    private void guardDeletions(DeployPlan plan) {
        if (plan.deletions().size() > request.maxDeletes() && !request.force()) {
            throw new DeployException("the deploy would delete " + plan.deletions().size() + " files of "
                    + request.address() + ", more than maxDeletes (" + request.maxDeletes() + "), so it changed "
                    + "nothing. Check that the site is the one meant for this address (the first to go: "
                    + plan.deletions().get(0) + "); to delete them, run again with -Dfactsite.deploy.force=true (or "
                    + "--force), or raise -Dfactsite.deploy.maxDeletes");
        }
    }

    /** Every address the deploy changes, from the site's root, for a CDN purge: a page's folder and its file. */
    private void writeChanges(DeployPlan plan) {
        TreeSet<String> paths = new TreeSet<>();
        plan.uploads().forEach(f -> addresses(f.sitePath(), paths));
        int prefix = request.address().prefix().length();
        plan.deletions().forEach(key -> addresses(key.substring(prefix), paths));
        try {
            Path file = request.changes();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, paths, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + request.changes(), e);
        }
    }

    private static void addresses(String sitePath, TreeSet<String> into) {
        into.add("/" + sitePath);
        if (sitePath.equals("index.html") || sitePath.endsWith("/index.html")) {
            into.add("/" + sitePath.substring(0, sitePath.length() - "index.html".length()));
        }
    }

    private void upload(DeployPlan plan, Map<String, Manifest.Entry> manifest) {
        long totalBytes = plan.uploadBytes();
        int total = plan.uploads().size();
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        Map<Integer, List<LocalFile>> waves = new HashMap<>();
        plan.uploads().forEach(f -> waves.computeIfAbsent(f.wave(), w -> new ArrayList<>()).add(f));
        for (int wave : new TreeSet<>(waves.keySet())) {
            parallel(waves.get(wave), file -> {
                LocalFile.Body body = file.body();
                String key = request.address().key(file.sitePath());
                String etag = bucket.put(key, body, file);
                manifest.put(key, Manifest.Entry.of(file, etag));
                long done = files.incrementAndGet();
                long sent = bytes.addAndGet(file.size());
                long now = System.nanoTime();
                long last = lastReport.get();
                if (now - last > PROGRESS_NANOS && lastReport.compareAndSet(last, now)) {
                    log.accept("  uploaded " + Sizes.count(done) + " of " + Sizes.count(total) + " files, "
                            + Sizes.readable(sent) + " of " + Sizes.readable(totalBytes));
                }
                return (long) body.bytes().length;
            });
            // What is up so far is on record: a deploy run again after an interruption does not send it again.
            bucket.putManifest(request.address().key(Manifest.NAME), Manifest.write(manifest));
        }
    }

    private interface Task<T> {
        long run(T item) throws IOException;
    }

    /** Runs {@code task} on every item, {@code workers} at once; the first failure stops the rest and is thrown. */
    private <T> void parallel(List<T> items, Task<T> task) {
        if (items.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.workers(), items.size()), runnable -> {
            Thread thread = new Thread(runnable, "factsite-deploy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
            }
            for (Future<Long> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new DeployException("the deploy was interrupted; run it again to finish it", e);
        } finally {
            pool.shutdown();
        }
    }
}
