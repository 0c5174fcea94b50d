package dev.errdex.triage.index;

import io.smallrye.config.ConfigMapping;

import java.nio.file.Path;
import java.util.Optional;

/** Where the process keeps its search index ({@code errdex.index.*}). */
@ConfigMapping(prefix = "errdex.index")
public interface IndexConfig {

    /**
     * The directory of the index on disk (the service sets {@code ${errdex.data-dir}/index}); a restart opens the
     * index there instead of rebuilding it. Absent: the index is held in memory and built at every start.
     */
    Optional<Path> directory();
}
