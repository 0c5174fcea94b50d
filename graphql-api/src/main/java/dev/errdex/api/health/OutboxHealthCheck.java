package dev.errdex.api.health;

import dev.errdex.triage.ops.PipelineGauges;
import dev.errdex.triage.ticket.RoleConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Readiness of the outbox: down when a note has been due for longer than {@code errdex.health.outbox-stuck-after}
 * (nothing is sending: every replica's dispatcher shares the outbox, so a due note that waits that long means no
 * process is delivering). A helpdesk that refuses or is down does not count: failed notes wait for their next
 * attempt, they are not due. A process whose role runs no workers (a standby for the background work) stays up and
 * only reports. Data: depth, dead letters, oldest due.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    /** When a due note counts as stuck. */
    @ConfigMapping(prefix = "errdex.health")
    public interface OutboxHealthConfig {
        /** How long a note may be due before readiness goes down ({@code errdex.health.outbox-stuck-after}). */
        @WithDefault("10m")
        Duration outboxStuckAfter();
    }

    private final PipelineGauges pipeline;
    private final OutboxHealthConfig config;
    private final RoleConfig role;

    OutboxHealthCheck(PipelineGauges pipeline, OutboxHealthConfig config, RoleConfig role) {
        this.pipeline = pipeline;
        this.config = config;
        this.role = role;
    }

    @Override
    public HealthCheckResponse call() {
        boolean stuck = pipeline.stuck(config.outboxStuckAfter());
        return HealthCheckResponse.named("outbox")
                .status(!stuck || !role.role().runsWorkers())
                .withData("depth", pipeline.depth())
                .withData("deadLetters", pipeline.deadLetters())
                .withData("oldestDueSeconds", pipeline.oldestDueAge().toSeconds())
                .withData("stuck", stuck)
                .build();
    }
}
