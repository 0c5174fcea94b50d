package dev.errdex.api.client;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;

import java.util.List;

/** The client-side shapes of {@link ErrdexClient}: only the fields a tool reads, under its own Java names. */
public final class ClientTypes {

    private ClientTypes() {
    }

    /** How bad an error is (the schema's Severity). */
    public enum Severity { CRITICAL, ERROR, INFO, WARNING }

    /** How a code came to a ticket (the schema's CodeSource). */
    public enum CodeSource { EXPLICIT, INFERRED, PERSON }

    /** A person's verdict (the schema's Review). */
    public enum Review { PROPOSED, CONFIRMED, CORRECTED, REJECTED }

    public record Guide(String summary, List<String> steps) {
    }

    public record Code(String id, String code, String title, Severity severity, int revision, Guide fixGuide) {
    }

    public record Edge(String cursor, Code node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public record CodePage(int totalCount, List<Edge> edges, List<Code> nodes, PageInfo pageInfo) {
    }

    public record Hit(String code, String title, double score) {
    }

    public record Suggestion(String code, double confidence) {
    }

    public record Match(List<String> explicit, List<String> unknown, List<Suggestion> suggestions) {
    }

    public record NodeRef(@Name("__typename") String typename, String id) {
    }

    public record UserError(List<String> field, String message, String code) {
    }

    public record CodePayload(Code errorCode, List<UserError> userErrors) {
    }

    public record Annotation(String code, CodeSource source, Review review, String replacedBy) {
    }

    public record Ticket(String id, String ticketId, String state, List<Annotation> annotations) {
    }

    public record TriagePayload(String outcome, Ticket ticket, List<UserError> userErrors) {
    }

    public record TicketPayload(Ticket ticket, List<UserError> userErrors) {
    }

    @Input("ErrorCodeInput")
    public record NewCode(String code, String message, Severity severity) {
    }

    @Input("FixGuideInput")
    public record GuideInput(String summary, List<String> steps) {
    }

    @Input("FixGuideUpdateInput")
    public record GuideChange(String code, GuideInput guide) {
    }

    @Input("EmailTriageInput")
    public record Email(String raw) {
    }

    @Input("TicketCodeCorrectionInput")
    public record Correction(String ticketId, String code, String correctCode, String note) {
    }
}
