package dev.errdex.triage.ticket;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * Maps {@code errdex.db-kind}, which {@code -Pdb-postgresql} passes to every module's tests as a system property. The
 * service maps it in its own configuration; triage-bot's test application has {@link RoleConfig} under the same
 * prefix, which makes every {@code errdex.*} key need a mapping.
 */
@ConfigMapping(prefix = "errdex")
public interface BuildSettings {

    /** h2 or postgresql: the database the tests run on. */
    Optional<String> dbKind();
}
