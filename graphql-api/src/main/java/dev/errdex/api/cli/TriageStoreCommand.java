package dev.errdex.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.cli.MailFiles;
import dev.errdex.triage.mail.MailLimits;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.IngestResult;
import dev.errdex.triage.ticket.TicketAnnotation;
import dev.errdex.triage.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code triage --store PATH...} of {@code quarkus-run.jar} (what {@code bin/triage --store} runs): stores every email
 * of the PATHs (.eml files, mbox files, folders) as tickets in the configured database, printing one JSON line per
 * email. Exit status: 0 when every email was stored or found stored, 2 when some were refused, 64 bad usage.
 */
@ApplicationScoped
public class TriageStoreCommand {

    static final int OK = 0;
    static final int SOME_REFUSED = 2;
    static final int USAGE = 64;

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    TicketService tickets;

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        List<String> paths = new ArrayList<>(args);
        if (!paths.remove("--store") || paths.isEmpty() || paths.stream().anyMatch(p -> p.startsWith("--"))) {
            err.println("usage: java -jar quarkus-run.jar triage --store PATH...");
            return USAGE;
        }
        Map<IngestResult.Outcome, Integer> counts = new EnumMap<>(IngestResult.Outcome.class);
        int[] refused = {0};
        for (String path : paths) {
            MailFiles.walk(path, MailLimits.DEFAULTS.maxMessageBytes(), new MailFiles.Visitor() {
                @Override
                public void message(String source, byte[] raw) {
                    IngestResult r = tickets.ingest(raw, Channel.FILE, source);
                    counts.merge(r.outcome(), 1, Integer::sum);
                    ObjectNode o = json.createObjectNode().put("source", source).put("outcome", r.outcome().name());
                    if (r.ticket() == null) {
                        refused[0]++;
                        o.putObject("error").put("code", r.errorCode()).put("message", r.reason());
                    } else {
                        o.put("ticketId", r.ticket().id()).put("state", r.ticket().state().name());
                        r.ticket().annotations().stream().map(TicketAnnotation::code)
                                .forEach(o.putArray("codes")::add);
                    }
                    print(out, o);
                }

                @Override
                public void tooLarge(String source, long size) {
                    unreadable(source, TriageErrorCode.MESSAGE_TOO_LARGE, "the message is " + size + " bytes, over "
                            + MailLimits.DEFAULTS.maxMessageBytes());
                }

                @Override
                public void unreadable(String source, TriageErrorCode code, String reason) {
                    refused[0]++;
                    ObjectNode o = json.createObjectNode().put("source", source).put("outcome", "REJECTED");
                    o.putObject("error").put("code", code.code()).put("message", reason + ". " + code.guidance());
                    print(out, o);
                }
            });
        }
        out.flush();
        err.printf("stored: %d created, %d appended to their thread, %d already stored, %d refused%n",
                counts.getOrDefault(IngestResult.Outcome.CREATED, 0),
                counts.getOrDefault(IngestResult.Outcome.APPENDED, 0),
                counts.getOrDefault(IngestResult.Outcome.DUPLICATE, 0), refused[0]);
        return refused[0] == 0 ? OK : SOME_REFUSED;
    }

    private void print(PrintStream out, ObjectNode o) {
        try {
            out.println(json.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
