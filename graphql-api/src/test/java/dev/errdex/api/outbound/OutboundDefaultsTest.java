package dev.errdex.api.outbound;

import dev.errdex.triage.outbound.OutboundSettings;
import dev.errdex.triage.outbound.Outbox;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.TicketAnnotated;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The application as configured by default: every outbound target is off, so an annotated ticket sends nothing. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class OutboundDefaultsTest {

    @Inject
    OutboundSettings settings;

    @Inject
    TicketEvents events;

    @Inject
    Outbox outbox;

    @Test
    void everyTargetIsOffByDefault() {
        assertThat(settings.helpdesk().url()).isEmpty();
        assertThat(settings.email().to()).isEmpty();
        assertThat(settings.customerReply().enabled()).isFalse();
        assertThat(settings.retry().maxAttempts()).isEqualTo(8);
    }

    @Test
    void anAnnotatedTicketQueuesNothingWhenNoTargetIsConfigured() {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now());

        events.fireCommitted(ticket);

        assertThat(outbox.deliveries(ticket.ticketId())).isEmpty();
    }
}
