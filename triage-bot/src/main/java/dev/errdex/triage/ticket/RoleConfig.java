package dev.errdex.triage.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The process role ({@code errdex.role}). */
@ConfigMapping(prefix = "errdex")
public interface RoleConfig {

    /**
     * {@code api} (HTTP only), {@code worker} (HTTP and background workers such as the IMAP poller) or {@code all}
     * (both, the default). Environment: {@code ERRDEX_ROLE}. The service's one-shot commands always run as
     * {@code api}.
     */
    @WithDefault("all")
    ProcessRole role();
}
