package dev.errdex.api.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Turns a presented API key into an identity whose roles are the key's role and those it implies. When the rate
 * limit looked the key up for this request already, its answer is used: one look-up per request.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final ApiKeys keys;

    ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getToken().getToken();
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<ApiKeys.KeyIdentity> looked = http == null ? null : ApiKeys.remembered(http, key);
        if (looked != null) {
            return Uni.createFrom().item(() -> identity(looked));
        }
        return context.runBlocking(() -> identity(keys.identify(key)));
    }

    private static SecurityIdentity identity(Optional<ApiKeys.KeyIdentity> key) {
        return key
                .map(k -> (SecurityIdentity) QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(k.principal()))
                        .addRoles(k.role().grants())
                        .build())
                .orElseThrow(() -> new AuthenticationFailedException(SecurityError.KEY_INVALID.message()));
    }
}
