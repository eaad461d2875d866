package vn.lienthong.archive.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;

/**
 * The instance's index on disk: one IndexWriter and the searchers over it. Each commit records the id of the last
 * {@code archive_change} row applied and which database the index was built from, so after a restart the
 * instance goes on from there, and an index of another database is rebuilt. A rebuild writes a new folder while
 * searches go on in the old one, then {@link #swap swaps} them.
 */
@ApplicationScoped
public class ArchiveIndex {

    private static final Logger LOG = Logger.getLogger(ArchiveIndex.class.getName());
    static final String LAST_CHANGE = "lastChange";
    static final String ORIGIN = "origin";
    private static final String CURRENT = "current";

    /** An open index folder. */
    public record Generation(Path dir, FSDirectory directory, IndexWriter writer) {

        /** Adds or replaces meetings and removes the deleted ones; not yet committed. */
        public void write(Collection<Document> documents, Collection<Long> deleted) throws IOException {
            for (Document d : documents) {
                writer.updateDocument(new Term(ArchiveDocuments.ID, d.get(ArchiveDocuments.ID)), d);
            }
            for (Long id : deleted) {
                writer.deleteDocuments(new Term(ArchiveDocuments.ID, id.toString()));
            }
        }

        void commit(long lastChange, String origin) throws IOException {
            writer.setLiveCommitData(Map.of(LAST_CHANGE, Long.toString(lastChange), ORIGIN, origin).entrySet());
            writer.commit();
        }

        void close() {
            try {
                writer.close();
                directory.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "closing the archive index " + dir, e);
            }
        }
    }

    @Inject
    ArchiveSettings settings;

    @Resource
    ManagedExecutorService executor;

    private final ReentrantLock lock = new ReentrantLock();
    private Path instanceDir;
    private FSDirectory instanceDirectory;
    private Lock instanceLock;
    private volatile Generation live;
    private volatile SearcherManager searchers;
    private volatile long lastChange;
    private volatile String origin = "";

    /** Opens the index of this instance, creating an empty one the first time. */
    public void open() throws IOException {
        lock.lock();
        try {
            if (live != null) {
                return;
            }
            claimInstanceDir();
            Path current = instanceDir.resolve(CURRENT);
            String name = Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : "";
            Generation generation = name.isEmpty() ? null : openGeneration(instanceDir.resolve(name));
            if (generation == null) {
                generation = newGeneration();
                pointTo(generation);
            }
            Map<String, String> data = new HashMap<>();
            generation.writer().getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            lastChange = Long.parseLong(data.getOrDefault(LAST_CHANGE, "-1"));
            origin = data.getOrDefault(ORIGIN, "");
            live = generation;
            searchers = new SearcherManager(generation.writer(), searcherFactory());
            removeOtherGenerations();
            LOG.info(() -> "archive index at " + live.dir() + ", last change applied " + lastChange);
        } finally {
            lock.unlock();
        }
    }

    public boolean isOpen() {
        return live != null;
    }

    /** The id of the last change row applied, or -1 when the index was never built. */
    public long lastChange() {
        return lastChange;
    }

    /** Which database the index was built from ("" when never built). */
    public String origin() {
        return origin;
    }

    public Path dir() {
        Generation g = live;
        return g == null ? null : g.dir();
    }

    /** Applies meetings read after a change and commits them with the id of the newest change they cover. */
    public void apply(Collection<Document> documents, Collection<Long> deleted, long newestChange) throws IOException {
        lock.lock();
        try {
            live.write(documents, deleted);
            lastChange = Math.max(lastChange, newestChange);
            live.commit(lastChange, origin);
            searchers.maybeRefreshBlocking();
        } finally {
            lock.unlock();
        }
    }

    /** A new, empty index folder beside the live one, for a rebuild. */
    public Generation newGeneration() throws IOException {
        Path dir = instanceDir.resolve("gen-" + System.currentTimeMillis() + "-" + System.nanoTime() % 1000);
        return openGeneration(dir);
    }

    /**
     * Makes {@code fresh} the live index, recording that it holds every change up to {@code lastApplied} of the
     * database {@code builtFrom}; the old folder is closed and deleted.
     */
    public void swap(Generation fresh, long lastApplied, String builtFrom) throws IOException {
        lock.lock();
        try {
            fresh.commit(lastApplied, builtFrom);
            SearcherManager freshSearchers = new SearcherManager(fresh.writer(), searcherFactory());
            pointTo(fresh);
            Generation old = live;
            SearcherManager oldSearchers = searchers;
            live = fresh;
            searchers = freshSearchers;
            lastChange = lastApplied;
            origin = builtFrom;
            if (old != null && !old.dir().equals(fresh.dir())) {
                oldSearchers.close();
                old.close();
                delete(old.dir());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Throws away a generation that will not be used (a failed rebuild). */
    public void discard(Generation generation) {
        generation.close();
        delete(generation.dir());
    }

    public interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    public <T> T search(SearchWork<T> work) {
        SearcherManager manager = searchers;
        if (manager == null) {
            throw new IllegalStateException("archive index not open");
        }
        try {
            IndexSearcher searcher = manager.acquire();
            try {
                return work.run(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of meetings in the live index. */
    public int documents() {
        return searchers == null ? 0 : search(s -> s.getIndexReader().numDocs());
    }

    @PreDestroy
    void close() {
        lock.lock();
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (live != null) {
                live.close();
            }
            if (instanceLock != null) {
                instanceLock.close();
                instanceDirectory.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "closing the archive index", e);
        } finally {
            live = null;
            searchers = null;
            lock.unlock();
        }
    }

    private SearcherFactory searcherFactory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                // the segments of one search are read in parallel: common words match nearly every meeting
                return new IndexSearcher(reader, executor);
            }
        };
    }

    private void claimInstanceDir() throws IOException {
        Path root = settings.indexRoot();
        for (int n = 0; n < 100; n++) {
            Path dir = Files.createDirectories(root.resolve("instance-" + n));
            FSDirectory directory = FSDirectory.open(dir);
            try {
                instanceLock = NativeFSLockFactory.INSTANCE.obtainLock(directory, "instance.lock");
                instanceDir = dir;
                instanceDirectory = directory;
                return;
            } catch (LockObtainFailedException taken) {
                directory.close();
            }
        }
        throw new IOException("every archive index folder under " + root + " is held by another instance");
    }

    private static Generation openGeneration(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(ArchiveAnalyzer.WORDS,
                Map.of(ArchiveDocuments.BIGRAMS, ArchiveAnalyzer.BIGRAMS));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        return new Generation(dir, directory, new IndexWriter(directory, config));
    }

    private void pointTo(Generation generation) throws IOException {
        Path tmp = instanceDir.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, generation.dir().getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, instanceDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private void removeOtherGenerations() throws IOException {
        try (Stream<Path> dirs = Files.list(instanceDir)) {
            dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("gen-"))
                    .filter(d -> !d.equals(live.dir())).forEach(ArchiveIndex::delete);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "removing the old archive index " + dir, e);
        }
    }
}
