package dev.errdex.api.ops;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link RateLimitProfile}'s small budgets with the test client's own address (loopback) as the trusted proxy: the
 * set-up in which forwarded client addresses must be honoured.
 */
public class TrustedProxyProfile extends RateLimitProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
        return config;
    }
}
