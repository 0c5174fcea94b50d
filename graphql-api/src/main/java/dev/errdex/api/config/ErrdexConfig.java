package dev.errdex.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the errdex service ({@code errdex.*}); each can also be given as an environment variable. */
@ConfigMapping(prefix = "errdex")
public interface ErrdexConfig {

    /**
     * Directory for errdex's own files; the embedded H2 database lives in {@code <data-dir>/errdex.mv.db}.
     * Environment: {@code ERRDEX_DATA_DIR}. A relative path must start with {@code ./}.
     */
    @WithDefault("./data")
    String dataDir();

    /**
     * The database the application was built for: {@code h2} (default) or {@code postgresql} (built with
     * {@code -Pdb-postgresql}). Fixed at build time; informational at run time.
     */
    @WithDefault("h2")
    String dbKind();
}
