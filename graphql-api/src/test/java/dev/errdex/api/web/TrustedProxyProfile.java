package dev.errdex.api.web;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * errdex behind a TLS proxy at 127.0.0.1 (the tests' own address), which forwarded headers are believed from. The same
 * settings with another trusted address are {@code dev.errdex.api.ops.RateLimitProfile}'s.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.enable-forwarded-host", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    }
}
