package dev.errdex.triage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.progress.Progress;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.TriageErrorCode;
import dev.errdex.triage.TriageResult;
import dev.errdex.triage.extract.CodeHit;
import dev.errdex.triage.mail.MailLimits;
import dev.errdex.triage.mail.MailRejectedException;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/triage [--catalog FILE] PATH...}: triages .eml files, folders of them and mbox files, and prints one
 * JSON object per email on standard output. See docs/triage.md.
 */
public final class TriageCommand {

    static final String USAGE = """
            usage: bin/triage [--catalog FILE] PATH...
                   bin/triage --store PATH...    (stores the emails as tickets: see docs/tickets.md)

            Finds the error codes support emails are about and prints one JSON object per email:
              {"source":"e001.eml","messageId":"<...>","explicit":[...],"unknown":[...],
               "suggestions":[{"code":"ERR_NGROK_3200","confidence":0.93,"attach":true}],"hits":[...]}
            ("score" repeats "confidence" for one release and then goes: read "confidence".)
            A message or PATH that cannot be read prints {"source":...,"error":{"code":"ERR_ERRDEX_12xx",
            "message":...}} and the run goes on.

            PATH            an .eml file, an mbox file (split on "From " postmark lines), or a folder: its
                            *.eml, *.msg, *.mbox and *.mbx files, sorted by name (not recursive);
                            - reads one message from standard input
            --catalog FILE  the catalog to use instead of the bundled ngrok catalog: a JSON export
                            ({"entries":[...]}, the bundled format)
            --store         store the emails as tickets in the service's database instead of printing
                            (runs the service jar's 'triage --store' command; needs a packaged graphql-api)
            -h, --help      this help

            Exit status: 0 when every PATH was read (messages that are not mail still print an error object),
                         1 when a PATH was missing or unreadable (its error object was printed; the others ran),
                         2 on a usage error or an unreadable --catalog (nothing was triaged).
            """;

    private static final int EXIT_OK = 0;
    private static final int EXIT_UNREADABLE = 1;
    private static final int EXIT_USAGE = 2;
    /** The PATH that stands for standard input. */
    private static final String STDIN = "-";

    private final ObjectMapper json = new ObjectMapper();
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final MailLimits limits = MailLimits.DEFAULTS;
    private TriageEngine engine;
    private boolean unreadablePath;
    /** Emails triaged so far: a bar on a terminal, else a line on standard error every few seconds. */
    private Progress progress;

    TriageCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        int status = new TriageCommand(System.in, out, System.err).run(args);
        out.flush();
        System.exit(status);
    }

    int run(String[] args) {
        Path catalogPath = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                out.print(USAGE);
                return EXIT_OK;
            } else if (a.equals("--catalog")) {
                if (i + 1 >= args.length) {
                    return usage("--catalog needs a FILE");
                }
                catalogPath = Path.of(args[++i]);
            } else if (a.startsWith("--catalog=")) {
                catalogPath = Path.of(a.substring("--catalog=".length()));
            } else if (a.equals("--store")) {
                return usage("--store is handled by bin/triage, which hands it to the service jar");
            } else if (a.equals("--")) {
                paths.addAll(List.of(args).subList(i + 1, args.length));
                break;
            } else if (a.startsWith("-") && !a.equals(STDIN)) {
                return usage("unknown option " + a);
            } else {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            return usage("no PATH given");
        }
        List<CatalogEntry> catalog;
        try {
            catalog = CatalogFiles.load(catalogPath);
        } catch (IOException | RuntimeException e) {
            err.println("bin/triage: " + TriageErrorCode.CATALOG_UNREADABLE.code() + ": " + e.getMessage() + ". "
                    + TriageErrorCode.CATALOG_UNREADABLE.guidance());
            return EXIT_USAGE;
        }
        engine = new TriageEngine(catalog, LuceneCatalogIndex.inMemory(catalog), limits);
        try (Progress triaged = Progress.start("triage", -1, err::println)) {
            progress = triaged;
            for (String p : paths) {
                if (p.equals(STDIN)) {
                    readStandardInput();
                } else {
                    processPath(p);
                }
            }
        }
        out.flush();
        return unreadablePath ? EXIT_UNREADABLE : EXIT_OK;
    }

    private int usage(String problem) {
        err.println("bin/triage: " + problem);
        err.print(USAGE);
        return EXIT_USAGE;
    }

    private void processPath(String arg) {
        MailFiles.walk(arg, limits.maxMessageBytes(), new MailFiles.Visitor() {
            @Override
            public void message(String source, byte[] raw) {
                triage(source, raw);
                progress.step();
            }

            @Override
            public void tooLarge(String source, long size) {
                TriageCommand.this.tooLarge(source, size);
            }

            @Override
            public void unreadable(String source, TriageErrorCode code, String reason) {
                unreadablePath = true;
                error(source, code, reason);
            }
        });
    }

    /** One message from standard input, read up to the size limit. */
    private void readStandardInput() {
        byte[] raw;
        try {
            raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxMessageBytes() + 1));
        } catch (IOException e) {
            unreadablePath = true;
            error(STDIN, TriageErrorCode.SOURCE_UNREADABLE, "cannot read standard input: " + e.getMessage());
            return;
        }
        if (raw.length > limits.maxMessageBytes()) {
            tooLarge(STDIN, raw.length);
        } else {
            triage(STDIN, raw);
        }
    }

    private void tooLarge(String source, long size) {
        MailRejectedException e = new MailRejectedException(TriageErrorCode.MESSAGE_TOO_LARGE,
                "the message is " + size + " bytes, over " + limits.maxMessageBytes());
        error(source, e.errorCode(), e.reason());
    }

    private void triage(String source, byte[] raw) {
        TriageResult result;
        try {
            result = engine.triage(raw);
        } catch (MailRejectedException e) {
            error(source, e.errorCode(), e.reason());
            return;
        } catch (RuntimeException e) {
            error(source, TriageErrorCode.MALFORMED_MESSAGE, "unexpected failure: " + e);
            return;
        }
        ObjectNode o = json.createObjectNode();
        o.put("source", source);
        o.put("messageId", result.messageId());
        strings(o.putArray("explicit"), result.explicit());
        strings(o.putArray("unknown"), result.unknown());
        ArrayNode suggestions = o.putArray("suggestions");
        for (Suggestion s : result.suggestions()) {
            double rounded = Math.round(s.confidence() * 1000) / 1000.0;
            suggestions.addObject()
                    .put("code", s.code())
                    .put("confidence", rounded)
                    .put("score", rounded)
                    .put("attach", s.attach());
        }
        ArrayNode hits = o.putArray("hits");
        for (CodeHit h : result.hits()) {
            hits.addObject()
                    .put("code", h.code())
                    .put("known", h.known())
                    .put("part", h.part())
                    .put("offset", h.offset())
                    .put("form", h.form().name().toLowerCase(Locale.ROOT))
                    .put("quoted", h.quoted())
                    .put("snippet", h.snippet());
        }
        print(o);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private void error(String source, TriageErrorCode code, String message) {
        ObjectNode o = json.createObjectNode();
        o.put("source", source);
        o.putObject("error")
                .put("code", code.code())
                .put("message", message + ". " + code.guidance());
        print(o);
    }

    private void print(ObjectNode o) {
        try {
            out.println(json.writeValueAsString(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
