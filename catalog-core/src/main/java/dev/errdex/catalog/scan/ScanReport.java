package dev.errdex.catalog.scan;

import dev.errdex.catalog.scan.internal.ReportWriter;
import dev.errdex.catalog.scan.internal.ScanFindings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a {@link SourceScan} found: the sites of each code, the findings of the checks, and counts. */
public final class ScanReport {

    /** {@link #exitCode()} when there is no finding. */
    public static final int EXIT_CLEAN = 0;
    /** {@link #exitCode()} when there are findings. */
    public static final int EXIT_FINDINGS = 1;
    /** The exit code a command gives for bad usage or a tree it cannot read (not returned by a report). */
    public static final int EXIT_ERROR = 2;

    /**
     * Counts of a scan.
     *
     * @param sourceFiles       files of a scanned language, not ignored (binaries and large files included)
     * @param filesRead         files read for literals and constants (those that may hold the namespace)
     * @param filesReadForUses  files read again for the uses of constants (0 when no constant was found)
     * @param skippedFolders    vendored, generated, build and hidden folders not entered
     * @param ignoredPaths      files and folders passed over by {@code .gitignore}
     * @param binaryFiles       source-named files with a NUL byte
     * @param largeFiles        files over the size cap
     * @param unreadable        paths that could not be read
     * @param millis            wall time of the scan
     */
    public record Stats(int sourceFiles, int filesRead, int filesReadForUses, int skippedFolders, int ignoredPaths,
                        int binaryFiles, int largeFiles, List<String> unreadable, long millis) {
    }

    /**
     * One code's sites counted by kind.
     *
     * @param places raise sites counted once per place (file and enclosing symbol)
     */
    public record CodeSummary(String code, int raiseSites, int places, int definitions, int checks, int comments,
                              int tests) {
    }

    private final Path root;
    private final ScanOptions options;
    private final List<CodeSite> sites;
    private final List<Finding> findings;
    private final Stats stats;
    private final String ownersSource;

    ScanReport(Path root, ScanOptions options, List<CodeSite> sites, List<Finding> findings, Stats stats,
               String ownersSource) {
        this.root = root;
        this.options = options;
        this.sites = List.copyOf(sites);
        this.findings = List.copyOf(findings);
        this.stats = stats;
        this.ownersSource = ownersSource;
    }

    public Path root() {
        return root;
    }

    public String namespace() {
        return options.namespace();
    }

    /** Whether the undocumented and dead checks ran (a catalog was given). */
    public boolean catalogChecked() {
        return options.catalog().isPresent();
    }

    /** Every site, by code, path and line. */
    public List<CodeSite> sites() {
        return sites;
    }

    /** The sites of one code. */
    public List<CodeSite> sites(String code) {
        return sites.stream().filter(s -> s.code().equals(code)).toList();
    }

    /** The raise sites ({@link SiteKind#RAISE}): what {@code --record} writes as a code's source locations. */
    public List<CodeSite> raiseSites() {
        return sites.stream().filter(s -> s.kind() == SiteKind.RAISE).toList();
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Each code that appears in the source, by number. */
    public List<CodeSummary> codes() {
        Map<String, List<CodeSite>> byCode = new LinkedHashMap<>();
        for (CodeSite s : sites) {
            byCode.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
        }
        List<CodeSummary> out = new ArrayList<>();
        byCode.forEach((code, list) -> out.add(new CodeSummary(code,
                count(list, SiteKind.RAISE), ScanFindings.raisePlaces(list).size(), count(list, SiteKind.DEFINITION),
                count(list, SiteKind.CHECK), count(list, SiteKind.COMMENT), count(list, SiteKind.TEST))));
        return out;
    }

    public Stats stats() {
        return stats;
    }

    /** Where the owners came from (e.g. {@code .github/CODEOWNERS}), when the tree has a CODEOWNERS file. */
    public Optional<String> ownersSource() {
        return Optional.ofNullable(ownersSource);
    }

    /** {@link #EXIT_CLEAN} without findings, else {@link #EXIT_FINDINGS}: what {@code errdex scan --check} exits with. */
    public int exitCode() {
        return findings.isEmpty() ? EXIT_CLEAN : EXIT_FINDINGS;
    }

    /** Writes the report; the stream is flushed, not closed. */
    public void write(ReportFormat format, OutputStream out) throws IOException {
        ReportWriter.write(this, format, out);
    }

    /** The report as text in {@code format}. */
    public String toString(ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(List<CodeSite> list, SiteKind kind) {
        return (int) list.stream().filter(s -> s.kind() == kind).count();
    }
}
