package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.catalog.text.MarkdownHtml;
import dev.errdex.triage.ticket.TicketAnnotated;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The note errdex writes on a helpdesk ticket, in Markdown, and the same note in HTML rendered from that Markdown by
 * the one Markdown renderer ({@link #html}: the only place the connectors render). Every value taken from an email
 * or the catalog is escaped or put in code spans, so that it cannot change the note's structure.
 */
public final class NoteText {

    private NoteText() {
    }

    /**
     * The note for these annotations, or empty when nothing should be written: no annotation attached and
     * {@code whenUnsure} is {@code NOTHING}.
     *
     * @param pagesBaseUrl where errdex's code pages are ({@code <base>/errors/<CODE>}), or empty: the catalog's URL
     */
    public static Optional<String> markdown(String ticketId, List<TicketAnnotated.Annotation> annotations,
                                            HelpdeskSettings.WhenUnsure whenUnsure, Optional<URI> pagesBaseUrl) {
        List<TicketAnnotated.Annotation> attached = annotations.stream().filter(TicketAnnotated.Annotation::attach)
                .toList();
        StringBuilder md = new StringBuilder();
        if (attached.isEmpty()) {
            if (whenUnsure == HelpdeskSettings.WhenUnsure.NOTHING) {
                return Optional.empty();
            }
            md.append("**errdex** found no error code sure enough to attach (errdex ticket ")
                    .append(code(ticketId)).append(").\n");
            if (annotations.isEmpty()) {
                md.append("\nNo code was considered.\n");
            } else {
                md.append("\nCodes considered:\n\n");
                for (TicketAnnotated.Annotation a : annotations) {
                    md.append("- ").append(code(a.code())).append(String.format(Locale.ROOT, " (confidence %.2f, %s%s)",
                            a.confidence(), source(a), a.owner() == null ? "" : ", owned by " + code(a.owner())))
                            .append(link(a, pagesBaseUrl)).append('\n');
                }
            }
            return Optional.of(md.toString());
        }
        md.append("**errdex** (ticket ").append(code(ticketId)).append(")\n");
        for (TicketAnnotated.Annotation a : attached) {
            md.append("\n## ").append(a.code()).append(title(a)).append("\n\n");
            md.append(String.format(Locale.ROOT, "Confidence **%.2f**, %s; catalog revision %d.", a.confidence(),
                    source(a), a.catalogRevision())).append('\n');
            if (a.owner() != null) {
                md.append("\nOwned by ").append(code(a.owner())).append(": the team to route this ticket to.\n");
            }
            if (a.evidence() != null && !a.evidence().isBlank()) {
                md.append("\nEvidence: ").append(code(oneLine(a.evidence(), 300))).append('\n');
            }
            if (a.remediationMarkdown() != null && !a.remediationMarkdown().isBlank()) {
                md.append("\n### Fix\n\n").append(demoteHeadings(a.remediationMarkdown().strip())).append('\n');
            } else if (a.remediationText() != null && !a.remediationText().isBlank()) {
                md.append("\n### Fix\n\n```\n").append(a.remediationText().strip().replace("```", "'''"))
                        .append("\n```\n");
            }
            String url = url(a, pagesBaseUrl);
            if (url != null) {
                md.append("\nMore: [").append(a.code()).append("](").append(url).append(")\n");
            }
        }
        return Optional.of(md.toString());
    }

    /** The HTML of a note's Markdown: errdex's one renderer, called from here only. */
    public static String html(String markdown) {
        return MarkdownHtml.block(markdown);
    }

    /** The helpdesk tag of a code: {@code errdex_err_ngrok_8012}. */
    public static String tag(String code) {
        return TAG_PREFIX + code.toLowerCase(Locale.ROOT);
    }

    /** Tags errdex writes start with this. */
    public static final String TAG_PREFIX = "errdex_";

    /** Owner tags start with this (not {@link #TAG_PREFIX}, so that they are never read back as codes). */
    public static final String OWNER_TAG_PREFIX = "errdex-owner-";

    /**
     * The helpdesk tags of a code's owner, one per team it names: {@code @acme/payments} gives
     * {@code errdex-owner-acme-payments} (lower case, a leading {@code @} dropped, every run of characters other than
     * letters and digits a {@code -}), a tag a helpdesk trigger can route on. None for a null owner.
     */
    public static List<String> ownerTags(String owner) {
        if (owner == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String team : owner.strip().split("\\s+")) {
            String slug = team.toLowerCase(Locale.ROOT).replaceFirst("^@", "").replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-+|-+$", "");
            if (!slug.isEmpty() && !tags.contains(OWNER_TAG_PREFIX + slug)) {
                tags.add(OWNER_TAG_PREFIX + slug);
            }
        }
        return tags;
    }

    private static String title(TicketAnnotated.Annotation a) {
        // the guide's first heading is the code's title when it has one
        String md = a.remediationMarkdown() == null ? "" : a.remediationMarkdown();
        for (String line : md.split("\\R")) {
            String s = line.strip();
            if (s.startsWith("#")) {
                String t = s.replaceFirst("^#+\\s*", "").strip();
                return t.isEmpty() || t.equalsIgnoreCase(a.code()) ? "" : ": " + t.replace("\n", " ");
            }
            if (!s.isEmpty()) {
                return "";
            }
        }
        return "";
    }

    private static String source(TicketAnnotated.Annotation a) {
        return switch (a.source() == null ? "" : a.source()) {
            case "EXPLICIT" -> "written in the ticket";
            case "INFERRED" -> "inferred from the ticket's text";
            case "PERSON" -> "named by a person";
            default -> "found";
        };
    }

    private static String link(TicketAnnotated.Annotation a, Optional<URI> pagesBaseUrl) {
        String url = url(a, pagesBaseUrl);
        return url == null ? "" : " [page](" + url + ")";
    }

    private static String url(TicketAnnotated.Annotation a, Optional<URI> pagesBaseUrl) {
        if (pagesBaseUrl.isPresent()) {
            return pagesBaseUrl.get().toString().replaceAll("/+$", "") + "/errors/" + a.code();
        }
        String docs = a.docsUrl();
        return docs != null && (docs.startsWith("https://") || docs.startsWith("http://")) ? docs : null;
    }

    private static String demoteHeadings(String markdown) {
        return markdown.replaceAll("(?m)^(#{1,4})(\\s)", "###$1$2").replaceAll("(?m)^#{7,}", "######");
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    private static String oneLine(String text, int max) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
