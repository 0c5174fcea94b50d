package dev.errdex.api.ticket;

import dev.errdex.api.relay.GlobalId.NodeType;
import dev.errdex.api.relay.Node;
import io.smallrye.graphql.api.Deprecated;

import dev.errdex.triage.ticket.Ticket;
import dev.errdex.triage.ticket.TicketAnnotation;
import dev.errdex.triage.ticket.TicketFeedback;
import dev.errdex.triage.ticket.TicketMessage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

/** GraphQL view of a ticket. */
@Name("Ticket")
@Description("A support ticket: one thread of inbound email, the error codes found in it and people's feedback.")
public record TicketNode(
        @NonNull @Id @Description("Opaque global id (Relay); pass it to node(id), ticket(id) or the ticket mutations."
                + " Before Relay this field held the ticket number, now ticketId.") String id,
        @NonNull @Id @Description("errdex's ticket number, as in ticketAnnotated, deadLetters and the webhook's answer;"
                + " ticket(id) and the ticket mutations take it as well as the global id.") String ticketId,
        @NonNull @Description("Where the ticket stands.") TicketStateView state,
        @NonNull @Description("Subject of the thread's first email.") String subject,
        @Description("Sender address of the thread's first email.") String requester,
        @NonNull @Description("When the first email was stored.") Instant createdAt,
        @NonNull @Description("When the ticket last changed.") Instant updatedAt,
        @NonNull @Description("The thread's emails, oldest first; each stored once.") List<@NonNull Message> messages,
        @NonNull @Description("The codes attached, in the order found.") List<@NonNull Annotation> annotations,
        @NonNull @Description("People's confirmations, corrections and rejections, oldest first.")
        List<@NonNull Feedback> feedback,
        @Description("The team to route the ticket to: the current owner (CODEOWNERS owners, space-separated) of its"
                + " leading code, the first live annotation whose code has an owner, confirmed before proposed; null"
                + " when none has. Read when the ticket is read, so it follows ownership changes.") String owner)
        implements Node {

    @Override
    @NonNull
    @Id
    @Description("Opaque global id (Relay), unique over all types; pass it to node(id). Never parse it.")
    public String getId() {
        return id;
    }

    /** The view of a ticket; null for null. */
    public static TicketNode of(Ticket t) {
        return t == null ? null : new TicketNode(NodeType.TICKET.id(t.id()), t.id(),
                TicketStateView.valueOf(t.state().name()), t.subject(),
                t.requester(), t.createdAt(), t.updatedAt(), t.messages().stream().map(Message::of).toList(),
                t.annotations().stream().map(Annotation::of).toList(),
                t.feedback().stream().map(Feedback::of).toList(), t.owner());
    }

    /** One email of the ticket. */
    @Name("TicketMessage")
    @Description("One email of a ticket's thread.")
    public record Message(
            @Description("The Message-ID header as written; null when the email had none.") String messageId,
            @Description("The In-Reply-To header; null when absent.") String inReplyTo,
            @NonNull @Description("Message ids of the References header.") List<@NonNull String> references,
            @Description("The sender, 'Name <address>'.") String from,
            @NonNull @Description("To recipients.") List<@NonNull String> to,
            @NonNull @Description("Cc recipients.") List<@NonNull String> cc,
            @NonNull @Description("The decoded subject.") String subject,
            @Description("The Date header; null when absent or unreadable.") Instant sentAt,
            @NonNull @Description("When errdex stored the email.") Instant receivedAt,
            @NonNull @Description("How the email arrived.") ChannelView channel,
            @NonNull @Deprecated(reason = "Use channel, an enum with the same values.")
            @Description("How the email arrived, as text (the same value as channel).") String channelText,
            @Description("Where it came from (mailbox reference, file name); may be null.") String sourceRef,
            @NonNull @Description("SHA-256 (hex) of the normalised content, the key of emails without Message-ID.")
            String contentHash,
            @NonNull @Description("The readable text: subject, bodies, forwarded messages, text attachments.")
            String text) {

        static Message of(TicketMessage m) {
            return new Message(m.messageId(), m.inReplyTo(), m.references(), m.from(), m.to(), m.cc(), m.subject(),
                    m.sentAt(), m.receivedAt(), ChannelView.valueOf(m.channel().name()),
                    m.channel().name(), m.sourceRef(), m.contentHash(), m.text());
        }
    }

    /** One code of the ticket. */
    @Name("TicketAnnotation")
    @Description("An error code attached to a ticket, with the remediation as it was when attached.")
    public record Annotation(
            @NonNull @Description("The canonical code, e.g. ERR_NGROK_8012.") String code,
            @NonNull @Description("How it was found.") CodeSourceView source,
            @NonNull @Deprecated(reason = "Use source, an enum with the same values.")
            @Description("How it was found, as text (the same value as source).") String sourceText,
            @Description("Confidence in [0,1]; 1 for written codes and codes people named.") double confidence,
            @Description("True when the bot was confident enough to attach the remediation.") boolean attach,
            @Description("The snippet of the email that named or matched the code.") String evidence,
            @Description("The fix guide as plain text.") String remediationText,
            @Description("The fix guide as Markdown.") String remediationMarkdown,
            @Description("The code's public documentation page.") String docsUrl,
            @Description("Revision of the catalog entry the remediation comes from; 0 when it was not in the"
                    + " catalog.") long catalogRevision,
            @NonNull @Description("A person's verdict; PROPOSED while there is none.") ReviewView review,
            @NonNull @Deprecated(reason = "Use review, an enum with the same values.")
            @Description("A person's verdict, as text (the same value as review).") String reviewText,
            @Description("Who reviewed it; null while proposed.") String reviewedBy,
            @Description("When it was reviewed; null while proposed.") Instant reviewedAt,
            @Description("For a corrected annotation: the code chosen instead.") String replacedBy,
            @Description("The team that owns the code now (the catalog's ErrorCode.owner); null when none.")
            String owner) {

        static Annotation of(TicketAnnotation a) {
            return new Annotation(a.code(), CodeSourceView.valueOf(a.source().name()), a.source().name(),
                    a.confidence(), a.attach(), a.evidence(), a.remediationText(), a.remediationMarkdown(), a.docsUrl(),
                    a.catalogRevision(), ReviewView.valueOf(a.review().name()), a.review().name(),
                    a.reviewedBy(), a.reviewedAt(), a.replacedBy(), a.owner());
        }
    }

    /** One piece of feedback. */
    @Name("TicketFeedback")
    @Description("A confirmation, correction or rejection of a ticket's code by a person.")
    public record Feedback(
            @NonNull @Description("What the person did.") FeedbackActionView action,
            @NonNull @Deprecated(reason = "Use action, an enum with the same values.")
            @Description("What the person did, as text (the same value as action).") String actionText,
            @Description("The code the feedback is about; null for a correction of a ticket without codes.")
            String code,
            @Description("For CORRECT: the code chosen.") String newCode,
            @NonNull @Description("Who gave it (the API key's name).") String by,
            @NonNull @Description("When.") Instant at,
            @Description("The person's remark.") String note) {

        static Feedback of(TicketFeedback f) {
            return new Feedback(FeedbackActionView.valueOf(f.action().name()), f.action().name(), f.code(),
                    f.newCode(), f.by(), f.at(), f.note());
        }
    }
}
