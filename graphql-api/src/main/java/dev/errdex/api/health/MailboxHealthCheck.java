package dev.errdex.api.health;

import dev.errdex.triage.ticket.MailboxChannel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports who polls the support mailbox: this process ({@code POLLING}), another one ({@code STANDBY}, with the
 * holder), or nobody here ({@code OFF}). Always up: a standby replica is as ready as the holder. Also the gauge
 * {@code errdex.imap.lock.held} (1 while this process polls).
 */
@Readiness
@Startup
@ApplicationScoped
public class MailboxHealthCheck implements HealthCheck {

    private final MailboxChannel channel;

    MailboxHealthCheck(MailboxChannel channel, MeterRegistry meters) {
        this.channel = channel;
        Gauge.builder("errdex.imap.lock.held", channel,
                        c -> c.lockState() == MailboxChannel.LockState.POLLING ? 1 : 0)
                .description("1 while this process holds the mailbox lock and polls the mailbox, else 0")
                .register(meters);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mailbox").up().withData("state", channel.lockState().name());
        if (channel.lockState() != MailboxChannel.LockState.OFF) {
            response.withData("lock", channel.lockName());
            channel.lockHolder().ifPresent(h -> response.withData("holder", h));
        }
        return response.build();
    }
}
