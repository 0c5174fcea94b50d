package dev.errdex.api.helpdesk;

import dev.errdex.triage.testing.HelpdeskStubs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts the local helpdesk stubs before the application and turns all four connectors on against them, with
 * their webhook secrets, and retries a few milliseconds apart (so that only a Retry-After makes a retry wait).
 */
public class HelpdeskStubResource implements QuarkusTestResourceLifecycleManager {

    static final String ZENDESK_SECRET = "zd-signing-secret";
    static final String FRESHDESK_SECRET = "fd-shared-secret";
    static final String ZAMMAD_SECRET = "zm-hmac-token";
    static final String HELPSCOUT_SECRET = "hs-webhook-key";

    private static HelpdeskStubs stubs;

    static HelpdeskStubs stubs() {
        return stubs;
    }

    @Override
    public Map<String, String> start() {
        stubs = new HelpdeskStubs();
        String url = stubs.url();
        return Map.ofEntries(
                Map.entry("errdex.helpdesk.zendesk.url", url),
                Map.entry("errdex.helpdesk.zendesk.email", HelpdeskStubs.ZENDESK_EMAIL),
                Map.entry("errdex.helpdesk.zendesk.token", HelpdeskStubs.ZENDESK_TOKEN),
                Map.entry("errdex.helpdesk.zendesk.webhook-secret", ZENDESK_SECRET),
                Map.entry("errdex.helpdesk.freshdesk.url", url),
                Map.entry("errdex.helpdesk.freshdesk.api-key", HelpdeskStubs.FRESHDESK_API_KEY),
                Map.entry("errdex.helpdesk.freshdesk.webhook-secret", FRESHDESK_SECRET),
                Map.entry("errdex.helpdesk.zammad.url", url),
                Map.entry("errdex.helpdesk.zammad.token", HelpdeskStubs.ZAMMAD_TOKEN),
                Map.entry("errdex.helpdesk.zammad.webhook-secret", ZAMMAD_SECRET),
                Map.entry("errdex.helpdesk.helpscout.url", url),
                Map.entry("errdex.helpdesk.helpscout.app-id", HelpdeskStubs.HELPSCOUT_APP_ID),
                Map.entry("errdex.helpdesk.helpscout.app-secret", HelpdeskStubs.HELPSCOUT_APP_SECRET),
                Map.entry("errdex.helpdesk.helpscout.webhook-secret", HELPSCOUT_SECRET),
                Map.entry("errdex.outbound.retry.max-attempts", "4"),
                Map.entry("errdex.outbound.retry.base-delay", "PT0.005S"),
                Map.entry("errdex.outbound.retry.max-delay", "PT0.02S"),
                Map.entry("errdex.outbound.poll-interval", "1s"));
    }

    @Override
    public void stop() {
        if (stubs != null) {
            stubs.close();
        }
    }
}
