package dev.errdex.triage.mail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds an inline forward in a body: "---------- Forwarded message ---------" (Gmail and its translations),
 * "-------- Forwarded Message --------" (Thunderbird), "Begin forwarded message:" (Apple Mail). A marker in quoted
 * history ({@code > ...}) does not count.
 */
public final class InlineForwards {

    private static final Pattern MARKER = Pattern.compile(
            "^[ \\t]*(?:-{2,}[ \\t]*(?:Forwarded message|Forwarded Message|Mensaje reenviado|Weitergeleitete Nachricht"
                    + "|Message transf[ée]r[ée]|Mensagem encaminhada|Messaggio inoltrato|Doorgestuurd bericht)"
                    + "[ \\t]*-*|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:"
                    + "|D[ée]but du message r[ée]exp[ée]di[ée]\\s?:|Inicio del mensaje reenviado:)[ \\t]*$",
            Pattern.CASE_INSENSITIVE);

    private InlineForwards() {
    }

    /** Whether the line is a forward marker. */
    public static boolean isMarker(String line) {
        return line.length() < 200 && MARKER.matcher(line).matches();
    }

    /**
     * Offsets of the forward marker lines of {@code text}, in order.
     *
     * @param max most offsets to return
     */
    public static List<Integer> markerOffsets(String text, int max) {
        List<Integer> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length() && out.size() < max) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            if (end - lineStart < 200 && isMarker(text.substring(lineStart, end))) {
                out.add(lineStart);
            }
            lineStart = end + 1;
        }
        return out;
    }
}
