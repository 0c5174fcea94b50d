package dev.errdex.api.error;

import dev.errdex.catalog.ErrdexCode;

import dev.errdex.api.security.SecurityError;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.cluster.ClusterError;
import dev.errdex.triage.index.IndexRuntimeError;
import dev.errdex.triage.ticket.MailboxLockError;
import dev.errdex.catalog.FixGuide;
import dev.errdex.search.SearchErrorCode;
import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.outbound.OutboundErrorCode;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.inbound.imap.ImapErrorCode;
import dev.errdex.triage.inbound.helpdesk.HelpdeskErrorCode;
import dev.errdex.triage.feedback.FeedbackErrorCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every error code errdex itself reports, collected from the per-area enums, as catalog entries of the namespace
 * {@code ERR_ERRDEX} (category {@code errdex}). The bundled file {@code errdex/catalog/errdex-catalog.json} is
 * generated from this list (see ErrdexCatalogFileTest) and loaded at start-up.
 */
public final class ErrdexCodeRegistry {

    /** Where the bundled errdex namespace lives on the classpath. */
    public static final String RESOURCE = "errdex/catalog/errdex-catalog.json";

    private ErrdexCodeRegistry() {
    }

    /** errdex's codes as entries, in number order. */
    public static List<CatalogEntry> entries() {
        List<CatalogEntry> entries = new ArrayList<>();
        for (ErrdexCode[] codes : List.<ErrdexCode[]>of(CatalogError.values(), TriageErrorCode.values(),
                TicketErrorCode.values(), SecurityError.values(), SearchErrorCode.values(), ImapErrorCode.values(),
                ApiError.values(), IndexRuntimeError.values(), OutboundErrorCode.values(), ClusterError.values(),
                MailboxLockError.values(), HelpdeskErrorCode.values(),
                FeedbackErrorCode.values())) {
            for (ErrdexCode e : codes) {
                entries.add(entry(e.number(), ((Enum<?>) e).name(), e.template()));
            }
        }
        entries.sort(Comparator.comparingInt(CatalogEntry::number));
        return entries;
    }

    private static CatalogEntry entry(int number, String constant, String template) {
        String message = template.replace("%s", "`VALUE`").replace("%d", "`NUMBER`");
        String title = Character.toUpperCase(constant.charAt(0))
                + constant.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        boolean informational = message.startsWith("Informational");
        List<String> steps = new ArrayList<>();
        for (String sentence : message.split("(?<=[.;:])\\s+")) {
            if (!sentence.isBlank()) {
                steps.add(sentence.strip());
            }
        }
        FixGuide guide = new FixGuide("errdex reported " + title.toLowerCase(Locale.ROOT) + ". " + message,
                List.of("See the message: errdex names the cause it detected."), steps);
        return CatalogEntry.builder("ERR_ERRDEX_" + number).title(title).message(message).category("errdex")
                .severity(informational ? CatalogEntry.Severity.INFO : CatalogEntry.Severity.ERROR)
                .ownerComponent("errdex").fixGuide(guide).build();
    }
}
