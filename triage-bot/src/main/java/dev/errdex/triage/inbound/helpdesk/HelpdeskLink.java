package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;

/**
 * The helpdesk ticket an errdex ticket came from.
 *
 * @param ticketId   errdex's ticket
 * @param system     the helpdesk
 * @param externalId the helpdesk's ticket (conversation) id
 * @param url        where an agent opens it, or null when errdex cannot tell
 */
public record HelpdeskLink(String ticketId, HelpdeskSystem system, String externalId, String url) {
}
