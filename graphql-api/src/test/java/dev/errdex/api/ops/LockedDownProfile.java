package dev.errdex.api.ops;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Reads closed, the explorer off, a small rate limit: the production posture, tested in one start. */
public class LockedDownProfile implements QuarkusTestProfile {

    public static final int BURST = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "errdex.public-reads", "false",
                "errdex.api.explorer", "false",
                "errdex.api.rate-limit.enabled", "true",
                "errdex.api.rate-limit.burst", Integer.toString(BURST),
                "errdex.api.rate-limit.per-key-per-minute", "1",
                "errdex.api.rate-limit.anonymous-per-minute", "1",
                "errdex.catalog.seed-on-start", "true");
    }
}
