package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeNamespace;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.io.SourcedEntry;
import dev.errdex.catalog.scan.internal.PathPattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to scan for and how; immutable, each {@code with...} returns a copy.
 *
 * <pre>{@code
 * ScanOptions.namespace("ERR_ACME")
 *         .withCatalog(catalogCodes)                      // enables the undocumented and dead checks
 *         .withRepository("https://github.com/acme/app", "main")
 *         .withCodeNumbersIn("src/main/java/org/h2/api/ErrorCode.java")  // int constants there are codes (H2)
 * }</pre>
 */
public final class ScanOptions {

    /** Files larger than this are passed over by default (minified bundles, generated tables). */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    private final String namespace;
    private final Map<String, String> catalog;
    private final RepoLinks links;
    private final List<String> codeNumberGlobs;
    private final int threads;
    private final long maxFileBytes;

    private ScanOptions(String namespace, Map<String, String> catalog, RepoLinks links, List<String> codeNumberGlobs,
                        int threads, long maxFileBytes) {
        this.namespace = namespace;
        this.catalog = catalog;
        this.links = links;
        this.codeNumberGlobs = codeNumberGlobs;
        this.threads = threads;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Options for the codes of {@code namespace} ({@code ERR_ACME}, or {@code ACME} read as {@code ERR_ACME}; see
     * {@link CodeNamespace}).
     */
    public static ScanOptions namespace(String namespace) {
        return new ScanOptions(CodeNamespace.canonical(namespace), null, null, List.of(),
                Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_FILE_BYTES);
    }

    /** The codes the catalog holds; codes of other namespaces are left out. Enables the undocumented and dead checks. */
    public ScanOptions withCatalog(Collection<String> codes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String code : codes) {
            CodeSpelling.canonical(code).filter(c -> c.startsWith(namespace + "_")).ifPresent(c -> map.put(c, null));
        }
        return new ScanOptions(namespace, map, links, codeNumberGlobs, threads, maxFileBytes);
    }

    /** {@link #withCatalog} with where each entry was read, so a dead code's finding can point at its entry. */
    public ScanOptions withCatalogEntries(Collection<SourcedEntry> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (SourcedEntry e : entries) {
            if (e.entry().code().startsWith(namespace + "_")) {
                map.put(e.entry().code(), e.file() + ":" + e.line());
            }
        }
        return new ScanOptions(namespace, map, links, codeNumberGlobs, threads, maxFileBytes);
    }

    /** Builds a web link for each site ({@code --repo-url URL --ref REF}). */
    public ScanOptions withRepository(String url, String ref) {
        return new ScanOptions(namespace, catalog, new RepoLinks(url, ref), codeNumberGlobs, threads, maxFileBytes);
    }

    /**
     * Files (CODEOWNERS-style patterns relative to the root, e.g. {@code org/h2/api/ErrorCode.java} or
     * {@code *ErrorCode.java}) whose integer
     * constants outside functions ({@code NAME = 90057}, or the enum constant {@code NAME(90057, ...)}) are codes of
     * the namespace: for products whose codes are numbers in one class, as H2's are.
     */
    public ScanOptions withCodeNumbersIn(String... patterns) {
        List<String> globs = new ArrayList<>(codeNumberGlobs);
        for (String p : patterns) {
            if (PathPattern.parse(p, false) == null) {
                throw invalid("'" + p + "' is not a path pattern");
            }
            globs.add(p);
        }
        return new ScanOptions(namespace, catalog, links, List.copyOf(globs), threads, maxFileBytes);
    }

    /** How many threads read files (at least 1; default: the number of cores). */
    public ScanOptions withThreads(int count) {
        if (count < 1 || count > 256) {
            throw invalid("threads must be 1 to 256, not " + count);
        }
        return new ScanOptions(namespace, catalog, links, codeNumberGlobs, count, maxFileBytes);
    }

    /** Files larger than this are passed over (default {@value #DEFAULT_MAX_FILE_BYTES} bytes). */
    public ScanOptions withMaxFileBytes(long bytes) {
        if (bytes < 1) {
            throw invalid("the file size cap must be positive");
        }
        return new ScanOptions(namespace, catalog, links, codeNumberGlobs, threads, bytes);
    }

    /** The one place that raises {@link CatalogError#SCAN_OPTION}. */
    private static CatalogException invalid(String detail) {
        return new CatalogException(CatalogError.SCAN_OPTION, detail);
    }

    public String namespace() {
        return namespace;
    }

    /** The catalog's codes with where each was read (null when unknown); empty when no catalog was given. */
    public Optional<Map<String, String>> catalog() {
        return Optional.ofNullable(catalog).map(java.util.Collections::unmodifiableMap);
    }

    public Optional<RepoLinks> links() {
        return Optional.ofNullable(links);
    }

    public List<String> codeNumberPatterns() {
        return codeNumberGlobs;
    }

    public int threads() {
        return threads;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }
}
