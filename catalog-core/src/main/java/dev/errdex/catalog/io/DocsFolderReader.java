package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.EntryDerivation;
import dev.errdex.catalog.io.internal.MdxPageParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a docs-as-code folder: one MDX page per error code, as in ngrok's public error reference.
 *
 * <pre>
 * ---
 * title: Error 8012                       # front matter (YAML); errdex fields such as category,
 * keywords: ["ERR_NGROK_8012"]            # severity, symptoms, related may be given here too
 * ---
 * ## ERR_NGROK_8012                       # the code heading (or "## Message" / "### Message" with the code
 * Message text with `PLACEHOLDERS`.       #   as the title, a keyword or the file name)
 *
 * ### Overview / Causes / Solutions ...   # optional guide sections, become the fix guide
 * ## Further help                         # ignored, with everything after it
 * </pre>
 *
 * <p>Pages are the {@code *.mdx} files directly in the folder whose names do not start with {@code _} (such as the
 * {@code _all-errors-table.mdx} snippet), read in file-name order. A malformed page is rejected with its file, line
 * and a stable reason code, and the other pages are read on. Fields a page leaves out are derived
 * ({@link EntryDerivation}).
 */
public final class DocsFolderReader {

    private DocsFolderReader() {
    }

    /** Reads every page of {@code folder}, each of at most {@link CatalogFile#DEFAULT_MAX_BYTES}. */
    public static ReadResult read(Path folder) {
        return read(folder, CatalogFile.DEFAULT_MAX_BYTES);
    }

    /**
     * Reads every page of {@code folder}. A page that is a link to a file outside the folder is rejected unread
     * ({@code ERR_ERRDEX_1015}), and so is a page over {@code maxBytes} ({@code ERR_ERRDEX_1013}): nothing of
     * either reaches the report.
     */
    public static ReadResult read(Path folder, long maxBytes) {
        List<Path> pages;
        Path root;
        try (Stream<Path> files = Files.list(folder)) {
            root = folder.toRealPath();
            pages = files.filter(DocsFolderReader::isPage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<SourcedEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Path page : pages) {
            String name = page.getFileName().toString();
            String text;
            try {
                if (!page.toRealPath().startsWith(root)) {
                    rejected.add(new Rejection(name, 1, CatalogError.LINK_OUTSIDE_ROOT,
                            "the page links to a file outside the imported folder"));
                    continue;
                }
                if (Files.size(page) > maxBytes) {
                    rejected.add(new Rejection(name, 1, CatalogError.FILE_TOO_LARGE,
                            "the page is over " + maxBytes + " bytes"));
                    continue;
                }
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(page))).toString();
            } catch (CharacterCodingException e) {
                rejected.add(new Rejection(name, 1, CatalogError.UNREADABLE_FILE, "the file is not UTF-8 text"));
                continue;
            } catch (IOException e) {
                rejected.add(new Rejection(name, 1, CatalogError.UNREADABLE_FILE, String.valueOf(e.getMessage())));
                continue;
            }
            ReadResult result = readPage(name, text);
            rejected.addAll(result.rejected());
            for (SourcedEntry entry : result.entries()) {
                String first = seen.putIfAbsent(entry.entry().code(), name);
                if (first != null) {
                    rejected.add(new Rejection(name, entry.line(), CatalogError.DUPLICATE_CODE,
                            entry.entry().code() + " is already defined in " + first));
                } else {
                    entries.add(entry);
                }
            }
        }
        return new ReadResult(entries, rejected);
    }

    /**
     * Reads one page given as text.
     *
     * @param fileName the page's file name; a name like {@code err_ngrok_8012.mdx} must match the page's code
     * @return one entry, or one rejection
     */
    public static ReadResult readPage(String fileName, String text) {
        try {
            MdxPageParser.Page page = MdxPageParser.parse(fileName, text);
            CatalogEntry entry = EntryDerivation.complete(page.draft()).build();
            return new ReadResult(List.of(new SourcedEntry(entry, fileName, page.line())), List.of());
        } catch (MdxPageParser.PageException e) {
            return new ReadResult(List.of(), List.of(new Rejection(fileName, e.line(), e.error(), e.getMessage())));
        }
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".mdx") && !name.startsWith("_") && Files.isRegularFile(p);
    }
}
