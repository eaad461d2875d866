package vn.lienthong.archive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the archive keeps its index and how often it looks for changes (MicroProfile Config). */
@ApplicationScoped
public class ArchiveSettings {

    @Inject
    @ConfigProperty(name = "lienthong.archive.index-dir")
    Optional<String> indexDir;

    @Inject
    @ConfigProperty(name = "lienthong.archive.poll-millis", defaultValue = "500")
    long pollMillis;

    /**
     * The folder holding the indexes of the instances on this machine; each instance takes the first
     * {@code instance-N} sub-folder no other running instance holds, so instances sharing a disk never share an index.
     */
    public Path indexRoot() {
        return indexDir.filter(s -> !s.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "lienthong-archive"));
    }

    public long pollMillis() {
        return Math.max(50, pollMillis);
    }
}
