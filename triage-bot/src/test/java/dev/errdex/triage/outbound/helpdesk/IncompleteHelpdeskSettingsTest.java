package dev.errdex.triage.outbound.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A helpdesk whose URL is set without its credentials stops the start (the connectors are built at start-up) with
 * ERR_ERRDEX_1268 naming the missing key, instead of refusing every ticket later; complete settings turn it on.
 * The settings are read through the real {@code @ConfigMapping}.
 */
class IncompleteHelpdeskSettingsTest {

    private static HelpdeskConnectors connectors(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(HelpdeskSettings.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus's "5s" form
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return new HelpdeskConnectors(config.getConfigMapping(HelpdeskSettings.class));
    }

    @Test
    void aZendeskUrlWithoutItsTokenStopsTheStartNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> connectors(Map.of(
                "errdex.helpdesk.zendesk.url", "https://acme.zendesk.com",
                "errdex.helpdesk.zendesk.email", "agent@acme.com")));
        assertTrue(e.getMessage().startsWith("ERR_ERRDEX_1268"), e.getMessage());
        assertTrue(e.getMessage().contains("errdex.helpdesk.zendesk.token"), e.getMessage());
    }

    @Test
    void aHelpScoutUrlWithABlankSecretStopsTheStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> connectors(Map.of(
                "errdex.helpdesk.helpscout.url", "https://api.helpscout.net",
                "errdex.helpdesk.helpscout.app-id", "app",
                "errdex.helpdesk.helpscout.app-secret", " ")));
        assertTrue(e.getMessage().contains("errdex.helpdesk.helpscout.app-secret"), e.getMessage());
    }

    @Test
    void completeSettingsTurnExactlyThatHelpdeskOn() {
        HelpdeskConnectors on = connectors(Map.of(
                "errdex.helpdesk.freshdesk.url", "https://acme.freshdesk.com",
                "errdex.helpdesk.freshdesk.api-key", "key"));
        assertEquals(Set.of(HelpdeskSystem.FRESHDESK), on.enabled());
        assertEquals(Set.of(), connectors(Map.of()).enabled());
    }
}
