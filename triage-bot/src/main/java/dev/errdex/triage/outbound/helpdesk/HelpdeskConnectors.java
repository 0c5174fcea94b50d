package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.triage.outbound.OutboundErrorCode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The helpdesk connectors that are on: each helpdesk whose URL is set ({@code errdex.helpdesk.<name>.url}) with its
 * credentials. A URL without its credentials is a configuration error (ERR_ERRDEX_1268), not a silent off: built at
 * start-up, so that the service does not start with it (rather than refusing every ticket later).
 */
@Startup
@ApplicationScoped
public class HelpdeskConnectors {

    private final Map<HelpdeskSystem, HelpdeskConnector> connectors = new EnumMap<>(HelpdeskSystem.class);

    public HelpdeskConnectors(HelpdeskSettings settings) {
        var timeout = settings.connectTimeout();
        var request = settings.requestTimeout();
        HelpdeskSettings.Zendesk z = settings.zendesk();
        z.url().ifPresent(url -> connectors.put(HelpdeskSystem.ZENDESK, new ZendeskConnector(url,
                required(z.email(), "zendesk.email"), required(z.token(), "zendesk.token"), timeout, request)));
        HelpdeskSettings.Freshdesk f = settings.freshdesk();
        f.url().ifPresent(url -> connectors.put(HelpdeskSystem.FRESHDESK, new FreshdeskConnector(url,
                required(f.apiKey(), "freshdesk.api-key"), timeout, request)));
        HelpdeskSettings.Zammad zm = settings.zammad();
        zm.url().ifPresent(url -> connectors.put(HelpdeskSystem.ZAMMAD, new ZammadConnector(url,
                required(zm.token(), "zammad.token"), timeout, request)));
        HelpdeskSettings.HelpScout h = settings.helpscout();
        h.url().ifPresent(url -> connectors.put(HelpdeskSystem.HELPSCOUT, new HelpScoutConnector(url,
                required(h.appId(), "helpscout.app-id"), required(h.appSecret(), "helpscout.app-secret"),
                h.tokenRefreshMargin(), timeout, request, Clock.systemUTC())));
    }

    /** The connector of a helpdesk, when it is on. */
    public Optional<HelpdeskConnector> of(HelpdeskSystem system) {
        return Optional.ofNullable(connectors.get(system));
    }

    /** The helpdesks that are on. */
    public Set<HelpdeskSystem> enabled() {
        return Set.copyOf(connectors.keySet());
    }

    private static String required(Optional<String> value, String key) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                OutboundErrorCode.CONNECTOR_SETTINGS_INVALID.format("errdex.helpdesk." + key
                        + " must be set when its helpdesk's url is")));
    }

}
