package dev.errdex.api.ops;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A small rate limit, a small budget for unknown keys and wrong webhook secrets, and forwarded headers read only from
 * a proxy that is not the test client (192.0.2.1): the set-up in which each bypass of the rate limit is tried, and in
 * which the pages ignore forwarded schemes and hosts ({@code dev.errdex.api.web.UntrustedProxyTest}).
 */
public class RateLimitProfile implements QuarkusTestProfile {

    public static final int BURST = 5;
    public static final int UNKNOWN_KEYS_BURST = 3;
    public static final int FAILED_SECRETS_BURST = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("errdex.api.rate-limit.enabled", "true"),
                Map.entry("errdex.api.rate-limit.burst", Integer.toString(BURST)),
                Map.entry("errdex.api.rate-limit.per-key-per-minute", "1"),
                Map.entry("errdex.api.rate-limit.anonymous-per-minute", "1"),
                Map.entry("errdex.api.rate-limit.unknown-keys-per-minute", "1"),
                Map.entry("errdex.api.rate-limit.unknown-keys-burst", Integer.toString(UNKNOWN_KEYS_BURST)),
                Map.entry("errdex.webhook.failed-secrets-per-minute", "1"),
                Map.entry("errdex.webhook.failed-secrets-burst", Integer.toString(FAILED_SECRETS_BURST)),
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("quarkus.http.proxy.enable-forwarded-host", "true"),
                Map.entry("quarkus.http.proxy.trusted-proxies", "192.0.2.1"));
    }
}
