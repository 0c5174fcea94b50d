package dev.errdex.triage.outbound;

import dev.errdex.catalog.text.HtmlText;
import dev.errdex.catalog.text.MarkdownHtml;
import dev.errdex.triage.ticket.TicketAnnotated;

import java.util.List;
import java.util.Locale;

/**
 * One email note, ready for the mailer: threaded into the customer's conversation with {@code In-Reply-To} and
 * {@code References} set to the customer's Message-ID.
 *
 * @param to         recipients
 * @param subject    {@code Re: <subject> [errdex: CODE]} for agents, {@code Re: <subject>} for the customer
 * @param text       plain-text body
 * @param html       HTML body (all content escaped)
 * @param inReplyTo  the customer's Message-ID, or null when the email had none
 * @param references same as {@code inReplyTo}
 */
public record NoteMail(List<String> to, String subject, String text, String html, String inReplyTo,
                       String references) {

    private static final int MAX_SUBJECT = 250;

    public NoteMail {
        to = List.copyOf(to);
    }

    /** The internal note for the agents' address. */
    public static NoteMail forAgents(RemediationNote note, List<String> to) {
        String codes = note.codes().isEmpty() ? "no code" : note.codeList();
        String subject = reply(note.subject()) + " [errdex: " + codes + "]";
        StringBuilder text = new StringBuilder()
                .append("errdex ticket ").append(note.ticketId()).append(" (").append(note.state()).append(")\n");
        StringBuilder html = new StringBuilder("<div>\n<p>errdex ticket <strong>")
                .append(HtmlText.escape(note.ticketId())).append("</strong> (")
                .append(HtmlText.escape(String.valueOf(note.state()))).append(")</p>\n");
        for (TicketAnnotated.Annotation c : note.codes()) {
            String facts = String.format(Locale.ROOT, "%s, confidence %.2f, %s, catalog revision %d",
                    c.source() == null ? "unknown source" : c.source().toLowerCase(Locale.ROOT), c.confidence(),
                    c.attach() ? "attached" : "suggested only", c.catalogRevision());
            text.append("\n== ").append(c.code()).append(" (").append(facts).append(")\n");
            html.append("<h2>").append(HtmlText.escape(c.code())).append("</h2>\n<p>")
                    .append(HtmlText.escape(facts)).append("</p>\n");
            if (c.evidence() != null && !c.evidence().isBlank()) {
                text.append("Evidence: ").append(c.evidence().strip()).append('\n');
                html.append("<blockquote>").append(HtmlText.escape(c.evidence().strip())).append("</blockquote>\n");
            }
            appendRemediation(c, text, html);
        }
        html.append("</div>\n");
        return new NoteMail(to, subject, text.toString(), html.toString(), note.messageId(), note.messageId());
    }

    /** The reply to the customer: only the given (attach=true) codes, without errdex's internal figures. */
    public static NoteMail forCustomer(RemediationNote note, String customer) {
        StringBuilder text = new StringBuilder("Hello,\n\nthis is an automatic answer from our support tooling about"
                + " the error you reported. A person from our team will follow up.\n");
        StringBuilder html = new StringBuilder("<div>\n<p>Hello,</p>\n<p>this is an automatic answer from our"
                + " support tooling about the error you reported. A person from our team will follow up.</p>\n");
        for (TicketAnnotated.Annotation c : note.codes()) {
            text.append("\n== ").append(c.code()).append('\n');
            html.append("<h2>").append(HtmlText.escape(c.code())).append("</h2>\n");
            appendRemediation(c, text, html);
        }
        html.append("</div>\n");
        return new NoteMail(List.of(customer), reply(note.subject()), text.toString(), html.toString(),
                note.messageId(), note.messageId());
    }

    private static void appendRemediation(TicketAnnotated.Annotation c, StringBuilder text, StringBuilder html) {
        if (c.remediationText() != null && !c.remediationText().isBlank()) {
            text.append('\n').append(c.remediationText().strip()).append('\n');
        }
        if (c.remediationMarkdown() != null && !c.remediationMarkdown().isBlank()) {
            html.append(MarkdownHtml.block(c.remediationMarkdown()));
        } else if (c.remediationText() != null) {
            html.append("<pre>").append(HtmlText.escape(c.remediationText())).append("</pre>\n");
        }
        if (c.docsUrl() != null && !c.docsUrl().isBlank()) {
            text.append("Docs: ").append(c.docsUrl()).append('\n');
            String url = HtmlText.escape(c.docsUrl());
            html.append(c.docsUrl().startsWith("https://") || c.docsUrl().startsWith("http://")
                    ? "<p>Docs: <a href=\"" + url + "\">" + url + "</a></p>\n"
                    : "<p>Docs: " + url + "</p>\n");
        }
    }

    /** {@code Re: <subject>} on one line (no CR/LF can reach the header), without doubling an existing Re:. */
    static String reply(String subject) {
        String s = subject == null || subject.isBlank() ? "(no subject)" : subject.replaceAll("[\\r\\n\\t]+", " ")
                .strip();
        if (!s.regionMatches(true, 0, "re:", 0, 3)) {
            s = "Re: " + s;
        }
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT);
    }
}
