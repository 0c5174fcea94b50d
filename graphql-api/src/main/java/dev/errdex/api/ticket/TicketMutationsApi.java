package dev.errdex.api.ticket;

import dev.errdex.api.error.ErrdexException;
import dev.errdex.api.graphql.MutationOutcome;
import dev.errdex.api.graphql.UserError;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.TicketErrorCode;
import dev.errdex.triage.ticket.TicketException;
import dev.errdex.triage.ticket.TicketService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.function.Supplier;

/**
 * The ticket mutations in the payload style (role agent): one input object each, the result and userErrors in the
 * payload. They replace triageEmail, confirmTicketCode, correctTicketCode and rejectTicketCode (kept, deprecated).
 */
@GraphQLApi
public class TicketMutationsApi {

    private static final String AGENT = "agent";

    @Inject
    TicketService tickets;

    @Inject
    ReadAccess access;

    @Mutation("emailTriage")
    @Description("Stores a raw email (RFC 5322 text) as a ticket, annotated with the codes found (role agent). The"
            + " same email twice gives the same ticket (outcome DUPLICATE). userErrors: ERR_ERRDEX_1401 when the"
            + " email cannot be read.")
    public @NonNull EmailTriagePayload emailTriage(@NonNull @Name("input") EmailTriageInput input) {
        access.requireRole(AGENT);
        IngestResult r = TicketApi.ingest(tickets, input.raw(), access.principal());
        if (r.outcome() == IngestResult.Outcome.REJECTED) {
            return new EmailTriagePayload(null, null, List.of(new UserError(List.of("input", "raw"),
                    TicketApi.rejection(r), TicketErrorCode.MESSAGE_REJECTED.code())));
        }
        return new EmailTriagePayload(TriageOutcomeView.valueOf(r.outcome().name()), TicketNode.of(r.ticket()),
                List.of());
    }

    @Mutation("ticketCodeConfirm")
    @Description("Confirms a code of the ticket (role agent); the ticket's text becomes evidence for it. userErrors:"
            + " ERR_ERRDEX_1400 unknown ticket, ERR_ERRDEX_1408 no such annotation.")
    public @NonNull TicketPayload ticketCodeConfirm(@NonNull @Name("input") TicketCodeInput input) {
        access.requireRole(AGENT);
        return TicketPayload.of(run(() -> tickets.confirm(TicketApi.number(input.ticketId()), input.code(),
                access.principal(), input.note())));
    }

    @Mutation("ticketCodeCorrect")
    @Description("Replaces a code of the ticket with the right one, or adds the right one to a ticket the bot found"
            + " nothing for (role agent); the ticket's text becomes evidence for the right code. userErrors:"
            + " ERR_ERRDEX_1400, ERR_ERRDEX_1407 code not in the catalog, ERR_ERRDEX_1408.")
    public @NonNull TicketPayload ticketCodeCorrect(@NonNull @Name("input") TicketCodeCorrectionInput input) {
        access.requireRole(AGENT);
        return TicketPayload.of(run(() -> tickets.correct(TicketApi.number(input.ticketId()), input.code(),
                input.correctCode(), access.principal(), input.note())));
    }

    @Mutation("ticketCodeReject")
    @Description("Rejects a code of the ticket without naming another (role agent). userErrors: ERR_ERRDEX_1400,"
            + " ERR_ERRDEX_1408.")
    public @NonNull TicketPayload ticketCodeReject(@NonNull @Name("input") TicketCodeInput input) {
        access.requireRole(AGENT);
        return TicketPayload.of(run(() -> tickets.reject(TicketApi.number(input.ticketId()), input.code(),
                access.principal(), input.note())));
    }

    private static MutationOutcome<TicketNode> run(Supplier<dev.errdex.triage.ticket.Ticket> change) {
        return MutationOutcome.of(() -> {
            try {
                return TicketNode.of(change.get());
            } catch (TicketException e) {
                throw new ErrdexException(e.error().code(), 400, e.getMessage());
            }
        }, TicketMutationsApi::field);
    }

    /** The input field a ticket error is about. */
    private static String field(String code) {
        if (code.equals(TicketErrorCode.TICKET_NOT_FOUND.code())) {
            return "ticketId";
        }
        if (code.equals(TicketErrorCode.UNKNOWN_CODE.code())) {
            return "correctCode";
        }
        if (code.equals(TicketErrorCode.ANNOTATION_NOT_FOUND.code())) {
            return "code";
        }
        return null;
    }

    /** Input of emailTriage. */
    @Name("EmailTriageInput")
    @Description("An email to store as a ticket.")
    public record EmailTriageInput(
            @NonNull @Description("The whole email, headers and body, as text.") String raw) {
    }

    /** Input of ticketCodeConfirm and ticketCodeReject. */
    @Name("TicketCodeInput")
    @Description("A code of a ticket a person confirms or rejects.")
    public record TicketCodeInput(
            @NonNull @Id @Description("The ticket's global id (or its ticket number).") String ticketId,
            @NonNull @Description("The annotation's code, any spelling.") String code,
            @Description("A remark kept with the feedback.") String note) {
    }

    /** Input of ticketCodeCorrect. */
    @Name("TicketCodeCorrectionInput")
    @Description("The right code for a ticket, replacing a wrong one or added to a ticket without codes.")
    public record TicketCodeCorrectionInput(
            @NonNull @Id @Description("The ticket's global id (or its ticket number).") String ticketId,
            @Description("The wrong code; left out to add a code to a ticket without one.") String code,
            @NonNull @Description("The right code, any spelling; must be in the catalog.") String correctCode,
            @Description("A remark kept with the feedback.") String note) {
    }

    /** Result of emailTriage. */
    @Name("EmailTriagePayload")
    @Description("What emailTriage did, or why it stored nothing.")
    public record EmailTriagePayload(
            @Description("What storing the email did; null when it was not stored.") TriageOutcomeView outcome,
            @Description("The ticket with its annotations; null when the email was not stored.") TicketNode ticket,
            @NonNull @Description("Why the email was not stored; empty when it was.")
            List<@NonNull UserError> userErrors) {
    }

    /** Result of the ticket feedback mutations. */
    @Name("TicketPayload")
    @Description("The ticket after a person's feedback, or why the feedback was refused.")
    public record TicketPayload(
            @Description("The ticket as it is now; null when the feedback was refused.") TicketNode ticket,
            @NonNull @Description("Why the feedback was refused; empty when it was taken.")
            List<@NonNull UserError> userErrors) {

        static TicketPayload of(MutationOutcome<TicketNode> outcome) {
            return new TicketPayload(outcome.result(), outcome.userErrors());
        }
    }
}
