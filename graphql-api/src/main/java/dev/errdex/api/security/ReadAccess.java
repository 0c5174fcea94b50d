package dev.errdex.api.security;

import dev.errdex.api.config.ErrdexConfig;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Catalog reads: open to everyone while {@code errdex.public-reads} is true (the default); otherwise they need a key
 * with the {@code reader} role (or a role that implies it).
 */
@ApplicationScoped
public class ReadAccess {

    private final ErrdexConfig config;
    private final SecurityIdentity identity;

    ReadAccess(ErrdexConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    /** Returns when the caller may read the catalog; throws the access error otherwise. */
    public void require() {
        if (config.publicReads()) {
            return;
        }
        require(identity);
    }

    /**
     * {@link #require()} for an identity already resolved: where the current one may not be asked for (the event
     * loop of a WebSocket subscription, with lazy authentication).
     */
    public void require(SecurityIdentity identity) {
        if (config.publicReads()) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException(SecurityError.KEY_MISSING.message());
        }
        if (!identity.hasRole("reader")) {
            throw new ForbiddenException(SecurityError.ROLE_FORBIDDEN.message());
        }
    }

    /**
     * Whether {@code identity} may read the catalog, for routes that pass a refused caller on rather than throw (the
     * same rule as {@link #require(SecurityIdentity)}); false for no identity.
     */
    public boolean mayRead(SecurityIdentity identity) {
        return config.publicReads() || (identity != null && !identity.isAnonymous() && identity.hasRole("reader"));
    }

    /**
     * Returns when the caller's key has {@code role}; throws the access error (with errdex's code and advice)
     * otherwise. Used where a GraphQL error needs its message, which {@code @RolesAllowed} does not give.
     */
    public void requireRole(String role) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException(SecurityError.KEY_MISSING.message());
        }
        if (!identity.hasRole(role)) {
            throw new ForbiddenException(SecurityError.ROLE_FORBIDDEN.message());
        }
    }

    /** The caller's name for history: the key's principal, or {@code anonymous}. */
    public String principal() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
