package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.triage.inbound.helpdesk.internal.HelpdeskLinkEntity;
import dev.errdex.triage.outbound.helpdesk.HelpdeskRef;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSettings;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import dev.errdex.triage.ticket.TicketAnnotated;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Which helpdesk ticket each errdex ticket came from. The link is written by observing {@link TicketAnnotated} inside
 * the ticket's own transaction (the email's Message-ID names the helpdesk ticket, {@link HelpdeskRef}), so a ticket
 * and its link commit or roll back together.
 */
@ApplicationScoped
public class HelpdeskLinks {

    private final HelpdeskSettings settings;

    public HelpdeskLinks(HelpdeskSettings settings) {
        this.settings = settings;
    }

    void onAnnotated(@Observes TicketAnnotated event) {
        HelpdeskRef.of(event.messageId()).ifPresent(ref -> {
            if (HelpdeskLinkEntity.count("helpdesk = ?1 and externalId = ?2", ref.system().name(), ref.externalId())
                    > 0) {
                return;
            }
            HelpdeskLinkEntity link = new HelpdeskLinkEntity();
            link.ticketId = Long.parseLong(event.ticketId());
            link.helpdesk = ref.system().name();
            link.externalId = ref.externalId();
            link.url = agentUrl(ref).orElse(null);
            link.createdAt = Instant.now();
            link.persist();
        });
    }

    /** The helpdesk ticket an errdex ticket came from. */
    public Optional<HelpdeskLink> ofTicket(String ticketId) {
        long id;
        try {
            id = Long.parseLong(ticketId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return QuarkusTransaction.joiningExisting().call(() -> HelpdeskLinkEntity
                .<HelpdeskLinkEntity>find("ticketId", id).firstResultOptional().map(HelpdeskLinks::view));
    }

    /** The errdex ticket of a helpdesk ticket, when errdex has taken it in. */
    public Optional<HelpdeskLink> of(HelpdeskSystem system, String externalId) {
        return QuarkusTransaction.joiningExisting().call(() -> HelpdeskLinkEntity
                .<HelpdeskLinkEntity>find("helpdesk = ?1 and externalId = ?2", system.name(), externalId)
                .firstResultOptional().map(HelpdeskLinks::view));
    }

    private static HelpdeskLink view(HelpdeskLinkEntity e) {
        return new HelpdeskLink(String.valueOf(e.ticketId), HelpdeskSystem.valueOf(e.helpdesk), e.externalId, e.url);
    }

    /** Where an agent opens the ticket in the helpdesk's own UI. */
    private Optional<String> agentUrl(HelpdeskRef ref) {
        String id = ref.externalId();
        return switch (ref.system()) {
            case ZENDESK -> settings.zendesk().url().map(u -> base(u) + "/agent/tickets/" + id);
            case FRESHDESK -> settings.freshdesk().url().map(u -> base(u) + "/a/tickets/" + id);
            case ZAMMAD -> settings.zammad().url().map(u -> base(u) + "/#ticket/zoom/" + id);
            case HELPSCOUT -> Optional.of("https://secure.helpscout.net/conversation/" + id);
        };
    }

    private static String base(URI url) {
        return url.toString().replaceAll("/+$", "");
    }
}
