package dev.errdex.triage.outbound.internal;

import dev.errdex.triage.outbound.Outbox;
import dev.errdex.triage.outbound.OutboundSettings;
import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.outbound.DeliveryPlanner;
import dev.errdex.triage.outbound.HelpdeskWebhook;
import dev.errdex.triage.outbound.NoteMail;
import dev.errdex.triage.outbound.NoteTarget;
import dev.errdex.triage.outbound.OutboundErrorCode;
import dev.errdex.triage.outbound.helpdesk.HelpdeskConnectors;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends one note from the outbox to its target and says how it went; never throws. */
@ApplicationScoped
public class NoteSender {

    /** Header of email notes naming the note, so that a repeat after a crash can be recognised. */
    public static final String NOTE_KEY_HEADER = "X-Errdex-Note-Key";

    private final OutboundSettings settings;
    private final ReactiveMailer mailer;
    private final HelpdeskWebhook helpdesk;
    private final HelpdeskConnectors connectors;

    public NoteSender(OutboundSettings settings, ReactiveMailer mailer, HelpdeskConnectors connectors) {
        this.settings = settings;
        this.mailer = mailer;
        this.connectors = connectors;
        OutboundSettings.Helpdesk h = settings.helpdesk();
        this.helpdesk = h.url().map(url -> new HelpdeskWebhook(url, h.secret(), h.secretHeader(),
                h.connectTimeout(), h.requestTimeout(), h.signingSecret(), java.time.Clock.systemUTC()))
                .orElse(null);
    }

    public DeliveryOutcome send(Outbox.Claimed note) {
        try {
            return switch (NoteTarget.valueOf(note.target())) {
                case HELPDESK -> helpdesk == null
                        ? DeliveryOutcome.refused(OutboundErrorCode.SETTINGS_INVALID.format(
                                "errdex.outbound.helpdesk.url is no longer set"))
                        : helpdesk.deliver(note.payload(), note.idempotencyKey());
                case ZENDESK, FRESHDESK, ZAMMAD, HELPSCOUT -> {
                    HelpdeskSystem system = HelpdeskSystem.valueOf(note.target());
                    yield connectors.of(system).map(c -> c.deliver(note.payload(), note.idempotencyKey()))
                            .orElseGet(() -> DeliveryOutcome.refused(OutboundErrorCode.CONNECTOR_SETTINGS_INVALID
                                    .format("errdex.helpdesk." + system.key() + ".url is no longer set")));
                }
                case EMAIL -> mail(note);
                case CUSTOMER_REPLY -> settings.customerReply().enabled()
                        ? mail(note)
                        : DeliveryOutcome.refused(OutboundErrorCode.SETTINGS_INVALID.format(
                                "customer replies were switched off (errdex.outbound.customer-reply.enabled)"
                                        + " before this one was sent"));
            };
        } catch (RuntimeException e) {
            return DeliveryOutcome.retry(OutboundErrorCode.MAIL_FAILED.format(describe(e)));
        }
    }

    private DeliveryOutcome mail(Outbox.Claimed note) {
        NoteMail m = DeliveryPlanner.mailOf(note.payload());
        Mail mail = new Mail().setTo(m.to()).setSubject(m.subject()).setText(m.text()).setHtml(m.html());
        settings.email().from().ifPresent(mail::setFrom);
        if (m.inReplyTo() != null && !m.inReplyTo().isBlank()) {
            mail.addHeader("In-Reply-To", m.inReplyTo());
            mail.addHeader("References", m.references());
        }
        // RFC 3834: an automatic message, so that autoresponders do not answer it
        mail.addHeader("Auto-Submitted", "auto-generated");
        mail.addHeader(NOTE_KEY_HEADER, note.idempotencyKey());
        mailer.send(mail).await().atMost(settings.email().sendTimeout());
        return DeliveryOutcome.delivered("mail accepted by the SMTP server");
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 500; t = t.getCause()) {
            s.append(s.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                s.append(": ").append(t.getMessage());
            }
        }
        return s.toString();
    }
}
