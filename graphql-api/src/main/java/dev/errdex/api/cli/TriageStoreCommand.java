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
import dev.errdex.catalog.progress.Progress;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code triage --store PATH...} of {@code quarkus-run.jar} (what {@code bin/triage --store} runs): stores every email
 * of the PATHs (.eml files, mbox files, folders) as tickets in the configured database, printing one JSON line per
 * email, with {@link Progress} on standard error. Exit status: {@value ErrdexCommands#OK} when every email was stored
 * or found stored, {@value ErrdexCommands#SOME_REJECTED} when some were refused, {@value ErrdexCommands#USAGE} bad
 * usage.
 */
@Dependent
@Unremovable
@Command(name = "triage", description = {"Store every email of the PATHs (.eml and mbox files, folders) as tickets,",
        "printing one JSON line per email (what bin/triage --store runs)."})
public class TriageStoreCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(TriageStoreCommand.class);

    private final ObjectMapper json = new ObjectMapper();

    @Mixin
    ErrdexCommands.HelpOption help;

    @Option(names = "--store", required = true, description = "Store the emails as tickets (required: bin/triage"
            + " without it triages without a database).")
    boolean store;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".eml or mbox files, or folders of them.")
    List<String> paths;

    @Spec
    CommandSpec spec;

    @Inject
    TicketService tickets;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<IngestResult.Outcome, Integer> counts = new EnumMap<>(IngestResult.Outcome.class);
        int[] refused = {0};
        Progress progress = Progress.start("storing emails", -1, LOG::info);
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
                    progress.step();
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
                    progress.step();
                }
            });
        }
        progress.close();
        out.flush();
        err.printf("stored: %d created, %d appended to their thread, %d already stored, %d refused%n",
                counts.getOrDefault(IngestResult.Outcome.CREATED, 0),
                counts.getOrDefault(IngestResult.Outcome.APPENDED, 0),
                counts.getOrDefault(IngestResult.Outcome.DUPLICATE, 0), refused[0]);
        return refused[0] == 0 ? ErrdexCommands.OK : ErrdexCommands.SOME_REJECTED;
    }

    private void print(PrintWriter out, ObjectNode o) {
        try {
            out.println(json.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
