package dev.errdex.catalog.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.EntryDerivation;
import dev.errdex.catalog.io.internal.CatalogMappers;
import dev.errdex.catalog.io.internal.EntryFields;
import dev.errdex.catalog.io.internal.YamlAnchors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes catalog files: JSON or YAML, format {@value #FORMAT}, the schema of the bundled catalog.
 *
 * <pre>
 * format: errdex-catalog/1
 * entries:
 *   - code: ERR_NGROK_8012
 *     title: ...
 *     message: ...
 * </pre>
 *
 * <p>Reading validates each entry on its own: an invalid entry is rejected with its line and the others are kept.
 * A file that is not valid JSON/YAML, or does not declare the format, is rejected whole. Fields an entry leaves out
 * are derived ({@link EntryDerivation}).
 */
public final class CatalogFile {

    /** The format identifier every catalog file declares. */
    public static final String FORMAT = "errdex-catalog/1";

    /** The largest file read when the caller names no limit (16 MiB; the bundled catalog is under 1 MiB). */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private CatalogFile() {
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file of at most {@link #DEFAULT_MAX_BYTES}. */
    public static ReadResult read(Path file) {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file; a file over {@code maxBytes} is rejected unread. */
    public static ReadResult read(Path file, long maxBytes) {
        String name = file.getFileName().toString();
        CatalogFormat format = CatalogFormat.ofFileName(name).orElse(null);
        if (format == null) {
            return rejectedWhole(name, 1, CatalogError.IMPORT_SOURCE, "'" + name + "' is not a .json, .yaml or .yml file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > maxBytes) {
                return tooLarge(name, maxBytes);
            }
            return read(in, format, name, maxBytes);
        } catch (IOException e) {
            return rejectedWhole(name, 1, CatalogError.UNREADABLE_FILE, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a catalog of at most {@link #DEFAULT_MAX_BYTES} from a stream.
     *
     * @param fileName used in rejections only
     */
    public static ReadResult read(InputStream in, CatalogFormat format, String fileName) {
        return read(in, format, fileName, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a catalog from a stream: more than {@code maxBytes} is rejected whole ({@code ERR_ERRDEX_1013}) after
     * reading {@code maxBytes + 1} bytes, and so is YAML with an anchor or alias ({@code ERR_ERRDEX_1014}, with its
     * line).
     *
     * @param fileName used in rejections only
     */
    public static ReadResult read(InputStream in, CatalogFormat format, String fileName, long maxBytes) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            return rejectedWhole(fileName, 1, CatalogError.UNREADABLE_FILE, String.valueOf(e.getMessage()));
        }
        if (bytes.length > maxBytes) {
            return tooLarge(fileName, maxBytes);
        }
        if (format == CatalogFormat.YAML) {
            int anchor = YamlAnchors.firstLine(new String(bytes, StandardCharsets.UTF_8));
            if (anchor > 0) {
                return rejectedWhole(fileName, anchor, CatalogError.YAML_ANCHOR,
                        "an anchor or alias at line " + anchor);
            }
        }
        List<SourcedEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String declared = null;
        try (JsonParser p = CatalogMappers.mapper(format).createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return rejectedWhole(fileName, line(p.currentTokenLocation()), CatalogError.CATALOG_FORMAT,
                        "the top level is not an object with 'format' and 'entries'");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("format".equals(field)) {
                    declared = p.getValueAsString();
                } else if ("entries".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int line = line(p.currentTokenLocation());
                        JsonNode node = p.readValueAsTree();
                        readEntry(node, fileName, line, seen, entries, rejected);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            return rejectedWhole(fileName, line(e.getLocation()), CatalogError.CATALOG_SYNTAX, e.getOriginalMessage());
        } catch (IOException e) {
            return rejectedWhole(fileName, 1, CatalogError.UNREADABLE_FILE, String.valueOf(e.getMessage()));
        }
        if (!FORMAT.equals(declared)) {
            return rejectedWhole(fileName, 1, CatalogError.CATALOG_FORMAT,
                    "format is '" + declared + "', expected '" + FORMAT + "'");
        }
        return new ReadResult(entries, rejected);
    }

    private static void readEntry(JsonNode node, String fileName, int line, Map<String, Integer> seen,
                                  List<SourcedEntry> entries, List<Rejection> rejected) {
        try {
            CatalogEntry entry = EntryDerivation.complete(EntryFields.readEntry(node)).build();
            Integer first = seen.putIfAbsent(entry.code(), line);
            if (first != null) {
                rejected.add(new Rejection(fileName, line, CatalogError.DUPLICATE_CODE,
                        entry.code() + " is already defined at line " + first));
            } else {
                entries.add(new SourcedEntry(entry, fileName, line));
            }
        } catch (EntryFields.InvalidEntryException e) {
            rejected.add(new Rejection(fileName, line, CatalogError.ENTRY_INVALID, e.getMessage()));
        } catch (RuntimeException e) {
            rejected.add(new Rejection(fileName, line, CatalogError.ENTRY_INVALID, String.valueOf(e.getMessage())));
        }
    }

    /** Writes {@code entries} (in the given order) as a catalog file. */
    public static void write(List<CatalogEntry> entries, CatalogFormat format, OutputStream out) {
        ObjectNode root = CatalogMappers.JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("entries");
        entries.forEach(e -> list.add(EntryFields.write(e)));
        try {
            CatalogMappers.writer(format).writeValue(out, root);
            if (format == CatalogFormat.JSON) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write catalog", e);
        }
    }

    /** {@link #write(List, CatalogFormat, OutputStream)} into a string. */
    public static String write(List<CatalogEntry> entries, CatalogFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(entries, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    private static ReadResult tooLarge(String file, long maxBytes) {
        return rejectedWhole(file, 1, CatalogError.FILE_TOO_LARGE, "the file is over " + maxBytes + " bytes");
    }

    private static ReadResult rejectedWhole(String file, int line, CatalogError error, String reason) {
        return new ReadResult(List.of(), List.of(new Rejection(file, line, error, reason)));
    }
}
