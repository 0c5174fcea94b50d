package dev.errdex.catalog.scan.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.errdex.catalog.scan.CodeSite;
import dev.errdex.catalog.scan.Finding;
import dev.errdex.catalog.scan.FindingKind;
import dev.errdex.catalog.scan.ReportFormat;
import dev.errdex.catalog.scan.ScanReport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Writes a {@link ScanReport} as text, JSON or SARIF 2.1.0. */
public final class ReportWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String ROOT_ID = "SRCROOT";

    private ReportWriter() {
    }

    public static void write(ScanReport report, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            case SARIF -> sarif(report, out);
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    // ---- text

    private static void text(ScanReport report, OutputStream out) {
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        ScanReport.Stats s = report.stats();
        w.printf(Locale.ROOT, "errdex scan %s in %s: %d source files, %d read, %d read again for constants;"
                        + " skipped %d folders, %d ignored paths, %d binary, %d too large; %d ms%n",
                report.namespace(), report.root(), s.sourceFiles(), s.filesRead(), s.filesReadForUses(),
                s.skippedFolders(), s.ignoredPaths(), s.binaryFiles(), s.largeFiles(), s.millis());
        List<ScanReport.CodeSummary> codes = report.codes();
        w.printf(Locale.ROOT, "%d codes in the source, %d raised%n", codes.size(),
                codes.stream().filter(c -> c.raiseSites() > 0).count());
        String current = null;
        for (CodeSite site : report.sites()) {
            if (!site.code().equals(current)) {
                current = site.code();
                w.println();
                w.println(current);
            }
            w.printf(Locale.ROOT, "  %-10s %s%s%s%s%s%n", site.kind().name().toLowerCase(Locale.ROOT),
                    site.location(), site.symbol().isEmpty() ? "" : " " + site.symbol(),
                    site.constant() == null ? "" : " via " + site.constant(),
                    site.owner() == null ? "" : " owner " + site.owner(),
                    site.url() == null ? "" : " " + site.url());
        }
        w.println();
        w.printf(Locale.ROOT, "%d findings%s%n", report.findings().size(),
                report.catalogChecked() ? "" : " (no catalog given: undocumented and dead codes not checked)");
        for (Finding f : report.findings()) {
            w.println(f);
        }
        w.flush();
    }

    // ---- JSON

    private static void json(ScanReport report, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", "errdex-scan/1");
            g.writeStringField("namespace", report.namespace());
            g.writeStringField("root", report.root().toString());
            ScanReport.Stats s = report.stats();
            g.writeObjectFieldStart("stats");
            g.writeNumberField("sourceFiles", s.sourceFiles());
            g.writeNumberField("filesRead", s.filesRead());
            g.writeNumberField("filesReadForUses", s.filesReadForUses());
            g.writeNumberField("skippedFolders", s.skippedFolders());
            g.writeNumberField("ignoredPaths", s.ignoredPaths());
            g.writeNumberField("binaryFiles", s.binaryFiles());
            g.writeNumberField("largeFiles", s.largeFiles());
            g.writeArrayFieldStart("unreadable");
            for (String u : s.unreadable()) {
                g.writeString(u);
            }
            g.writeEndArray();
            g.writeNumberField("millis", s.millis());
            g.writeEndObject();
            if (report.ownersSource().isPresent()) {
                g.writeStringField("owners", report.ownersSource().get());
            }
            g.writeArrayFieldStart("codes");
            for (ScanReport.CodeSummary c : report.codes()) {
                g.writeStartObject();
                g.writeStringField("code", c.code());
                g.writeNumberField("raiseSites", c.raiseSites());
                g.writeNumberField("places", c.places());
                g.writeNumberField("definitions", c.definitions());
                g.writeNumberField("checks", c.checks());
                g.writeNumberField("comments", c.comments());
                g.writeNumberField("tests", c.tests());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("sites");
            for (CodeSite site : report.sites()) {
                site(g, site);
            }
            g.writeEndArray();
            g.writeBooleanField("catalogChecked", report.catalogChecked());
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().id());
                g.writeStringField("code", f.code());
                g.writeStringField("message", f.message());
                if (f.location() != null) {
                    g.writeStringField("location", f.location());
                }
                g.writeArrayFieldStart("sites");
                for (CodeSite site : f.sites()) {
                    site(g, site);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void site(JsonGenerator g, CodeSite site) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", site.code());
        g.writeStringField("kind", site.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("path", site.path());
        g.writeNumberField("line", site.line());
        g.writeStringField("symbol", site.symbol());
        if (site.constant() != null) {
            g.writeStringField("constant", site.constant());
        }
        g.writeStringField("language", site.language());
        if (site.owner() != null) {
            g.writeStringField("owner", site.owner());
        }
        if (site.url() != null) {
            g.writeStringField("url", site.url());
        }
        g.writeEndObject();
    }

    // ---- SARIF 2.1.0

    private static void sarif(ScanReport report, OutputStream out) throws IOException {
        FindingKind[] rules = FindingKind.values();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SARIF_SCHEMA);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();

            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "errdex");
            g.writeArrayFieldStart("rules");
            for (FindingKind kind : rules) {
                g.writeStartObject();
                g.writeStringField("id", kind.id());
                g.writeStringField("name", ruleName(kind));
                message(g, "shortDescription", kind.description().substring(0, kind.description().indexOf(';')));
                message(g, "fullDescription", kind.description());
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", kind.level());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();

            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(ROOT_ID);
            g.writeStringField("uri", report.root().toUri().toString());
            g.writeEndObject();
            g.writeEndObject();

            g.writeArrayFieldStart("results");
            for (Finding f : report.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.kind().id());
                g.writeNumberField("ruleIndex", f.kind().ordinal());
                g.writeStringField("level", f.kind().level());
                message(g, "message", f.code() + ": " + f.message());
                g.writeArrayFieldStart("locations");
                if (!f.sites().isEmpty()) {
                    CodeSite main = f.sites().get(0);
                    location(g, main.path(), main.line(), null, -1);
                } else if (f.location() != null) {
                    int colon = f.location().lastIndexOf(':');
                    int line = colon < 0 ? 1 : parseLine(f.location().substring(colon + 1));
                    location(g, colon < 0 ? f.location() : f.location().substring(0, colon), line, null, -1);
                }
                g.writeEndArray();
                if (f.sites().size() > 1) {
                    g.writeArrayFieldStart("relatedLocations");
                    for (int i = 1; i < f.sites().size(); i++) {
                        CodeSite other = f.sites().get(i);
                        location(g, other.path(), other.line(), "also here"
                                + (other.symbol().isEmpty() ? "" : " (" + other.symbol() + ")"), i);
                    }
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("errdexFinding/v1", f.kind().id() + ":" + f.code()
                        + (f.kind() == FindingKind.MALFORMED && f.location() != null ? ":" + f.location() : ""));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private static void location(JsonGenerator g, String path, int line, String text, int id) throws IOException {
        g.writeStartObject();
        if (id >= 0) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uriOf(path));
        g.writeStringField("uriBaseId", ROOT_ID);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, line));
        g.writeEndObject();
        g.writeEndObject();
        if (text != null) {
            message(g, "message", text);
        }
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    private static String ruleName(FindingKind kind) {
        StringBuilder sb = new StringBuilder();
        for (String part : kind.name().split("_")) {
            sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return sb.append("Code").toString();
    }

    private static String uriOf(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }

    private static int parseLine(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
