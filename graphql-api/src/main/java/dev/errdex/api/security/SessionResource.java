package dev.errdex.api.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;
import java.util.TreeSet;

/** {@code GET /api/session}: who the presented key is and which roles it has (for tooling to check its key). */
@Path("/api/session")
public class SessionResource {

    private final SecurityIdentity identity;

    SessionResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's session: anonymous, or the key's short id and roles. */
    public record Session(boolean authenticated, String principal, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Session session() {
        if (identity.isAnonymous()) {
            return new Session(false, null, Set.of());
        }
        return new Session(true, identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
    }
}
