package dev.errdex.triage.mail.internal;

import dev.errdex.triage.mail.TextPart;
import dev.errdex.triage.mail.TextPart.LineRange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks quoted reply history and signatures in a body, line by line (one pass, each line tested against a few
 * anchored patterns, so the cost is linear in the text).
 *
 * <p>Quoted history: lines starting with {@code >}; attribution lines ("On ... wrote:", also wrapped over two lines,
 * and the German, French, Spanish, Portuguese and Italian forms); everything from "-----Original Message-----" or an
 * Outlook header block (a {@code From:} line followed within five lines by {@code Sent:}/{@code Date:} and
 * {@code To:}/{@code Subject:}) after some text of the sender's own.
 *
 * <p>Signatures: from a "-- " delimiter line or the start of a disclaimer ("CONFIDENTIALITY NOTICE", "This e-mail and
 * any attachments are confidential..."), up to the next quoted line or the end; and single mobile footers ("Sent from
 * my iPhone", "Enviado desde mi iPhone", "Von meinem iPhone gesendet"...).
 */
public final class ReplyMarks {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(?:On\\s.{4,300}\\swrote\\s?:"
                    + "|Am\\s.{4,300}\\sschrieb.{0,120}:"
                    + "|Le\\s.{4,300}\\sa\\s[ée]crit\\s?:"
                    + "|El\\s.{4,300}\\sescribi[óo]\\s?:"
                    + "|Em\\s.{4,300}\\sescreveu\\s?:"
                    + "|Il\\s.{4,300}\\sha\\sscritto\\s?:"
                    + "|.{1,200}\\s<[^<>\\s]+@[^<>\\s]+>\\s"
                    + "(?:wrote|schrieb|a\\s[ée]crit|escribi[óo]|escreveu)\\s?:)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^\\s*-{2,}\\s*(?:Original Message|Urspr[üu]ngliche Nachricht|Mensaje original|Message d'origine"
                    + "|Mensagem original|Messaggio originale)\\s*-{2,}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile(
            "^\\s*\\*?(?:From|Von|De|Da)\\s?:\\*?\\s+\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile(
            "^\\s*\\*?(?:Sent|Date|Gesendet|Datum|Enviado|Envoy[ée]|Data|Inviato)\\s?:\\*?\\s.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_TO = Pattern.compile(
            "^\\s*\\*?(?:To|Subject|An|Betreff|Para|Asunto|[ÀA]|Objet|Assunto|Oggetto|A)\\s?:\\*?\\s.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CC_LINE = Pattern.compile("^\\s*(?:Cc|Reply-To)\\s?:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^--\\s?$");
    private static final Pattern MOBILE_FOOTER = Pattern.compile(
            "^\\s*(?:Sent from my \\S+.*|Sent from (?:Outlook|Mail|Yahoo Mail|Gmail)\\b.*|Get Outlook for \\S+.*"
                    + "|Enviado desde mi \\S+.*|Enviado do meu \\S+.*|Envoy[ée] de mon \\S+.*"
                    + "|Von meinem \\S+ gesendet.*|Inviato da(?:l mio)? \\S+.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISCLAIMER = Pattern.compile(
            "^\\s*(?:\\*{0,2}\\s*(?:CONFIDENTIALITY NOTICE|CONFIDENTIAL(?:ITY)?\\s*:|DISCLAIMER\\s*:?|LEGAL NOTICE)"
                    + "|This (?:e-?mail|message|communication)\\b.{0,80}\\b(?:confidential|privileged|intended "
                    + "(?:solely |only )?for)"
                    + "|The information (?:contained )?in this (?:e-?mail|message|communication))",
            Pattern.CASE_INSENSITIVE);

    /** Attribution and header lines are short; longer lines are not tested against those patterns. */
    private static final int MAX_MARKER_LINE = 400;

    private ReplyMarks() {
    }

    /** The text with its quoted and signature lines marked. */
    public static TextPart mark(String label, String text) {
        String[] lines = text.split("\n", -1);
        boolean[] quoted = new boolean[lines.length];
        boolean[] signature = new boolean[lines.length];
        boolean history = false;
        boolean inSignature = false;
        boolean ownText = false;
        int leading = leadingHeaderBlock(lines);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean shortLine = line.length() <= MAX_MARKER_LINE;
            if (!history && i >= leading && shortLine && startsHistory(lines, i, ownText)) {
                history = true;
            }
            if (history) {
                quoted[i] = true;
                continue;
            }
            if (isQuoteLine(line)) {
                quoted[i] = true;
                inSignature = false;
                continue;
            }
            if (shortLine && endsWithColon(line) && ATTRIBUTION.matcher(line).matches()) {
                quoted[i] = true;
                inSignature = false;
                continue;
            }
            if (shortLine && i + 1 < lines.length && startsAttribution(line)
                    && lines[i + 1].length() <= MAX_MARKER_LINE && endsWithColon(lines[i + 1])
                    && ATTRIBUTION.matcher(line + " " + lines[i + 1].strip()).matches()) {
                quoted[i] = true;
                quoted[i + 1] = true;
                i++;
                inSignature = false;
                continue;
            }
            if (SIGNATURE_DELIMITER.matcher(line).matches() || (shortLine && DISCLAIMER.matcher(line).lookingAt())) {
                inSignature = true;
            }
            if (inSignature || (shortLine && MOBILE_FOOTER.matcher(line).matches())) {
                signature[i] = true;
                continue;
            }
            if (i >= leading && !line.isBlank()) {
                ownText = true;
            }
        }
        return new TextPart(label, text, ranges(quoted), ranges(signature));
    }

    /** "-----Original Message-----", or an Outlook header block after some text of the sender's own. */
    private static boolean startsHistory(String[] lines, int i, boolean afterOwnText) {
        String line = lines[i];
        return line.contains("--") && ORIGINAL_MESSAGE.matcher(line).matches()
                || afterOwnText && line.indexOf(':') > 0 && outlookHeaderBlockAt(lines, i);
    }

    /** Attribution lines end with a colon: a cheap test before the pattern. */
    private static boolean endsWithColon(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return c == ':';
            }
        }
        return false;
    }

    private static boolean isQuoteLine(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return false;
    }

    private static boolean startsAttribution(String line) {
        String s = line.stripLeading();
        return s.length() > 3 && s.length() < 300
                && (s.startsWith("On ") || s.startsWith("Am ") || s.startsWith("Le ") || s.startsWith("El ")
                || s.startsWith("Em ") || s.startsWith("Il "));
    }

    private static boolean outlookHeaderBlockAt(String[] lines, int i) {
        if (!OUTLOOK_FROM.matcher(lines[i]).matches()) {
            return false;
        }
        boolean sent = false;
        boolean to = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 6); j++) {
            if (lines[j].length() > MAX_MARKER_LINE) {
                continue;
            }
            sent |= OUTLOOK_SENT.matcher(lines[j]).matches();
            to |= OUTLOOK_TO.matcher(lines[j]).matches();
        }
        return sent && to;
    }

    /**
     * The end of a header block at the top of the text (a forwarded message starts with its marker and its own
     * From/Date/Subject lines; those are not reply history).
     */
    private static int leadingHeaderBlock(String[] lines) {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        if (i < lines.length && InlineForwards.isMarker(lines[i])) {
            i++;
        }
        int start = i;
        while (i < lines.length && lines[i].length() <= MAX_MARKER_LINE && isHeaderLike(lines[i])) {
            i++;
        }
        return i == start ? 0 : i;
    }

    private static boolean isHeaderLike(String line) {
        return OUTLOOK_FROM.matcher(line).matches() || OUTLOOK_SENT.matcher(line).matches()
                || OUTLOOK_TO.matcher(line).matches() || CC_LINE.matcher(line).matches();
    }

    private static List<LineRange> ranges(boolean[] marks) {
        List<LineRange> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= marks.length; i++) {
            boolean on = i < marks.length && marks[i];
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                out.add(new LineRange(start, i));
                start = -1;
            }
        }
        return out;
    }
}
