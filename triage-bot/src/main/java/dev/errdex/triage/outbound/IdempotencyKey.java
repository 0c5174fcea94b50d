package dev.errdex.triage.outbound;

import dev.errdex.catalog.Sha256;
import dev.errdex.triage.ticket.TicketAnnotated;

import java.util.List;

/**
 * The key of one note: SHA-256 over the ticket id, the target and the annotation set (each code with its catalog
 * revision and whether it is attached, sorted, so that the order of annotations does not matter). The same event
 * fired twice gives the same key; a ticket annotated again with other codes or a newer guide gives a new one.
 */
public final class IdempotencyKey {

    private IdempotencyKey() {
    }

    /** {@code errdex-<64 hex digits>}. */
    public static String of(String ticketId, List<TicketAnnotated.Annotation> annotations, NoteTarget target) {
        StringBuilder canonical = new StringBuilder().append(ticketId).append('\n').append(target.name());
        annotations.stream()
                .map(a -> a.code() + '@' + a.catalogRevision() + (a.attach() ? "+attach" : ""))
                .sorted()
                .forEach(a -> canonical.append('\n').append(a));
        return "errdex-" + Sha256.hex(canonical.toString());
    }
}
