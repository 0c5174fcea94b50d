package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysed features of an {@link IndexedEntry} (word pairs, words, symptom words, message key, words per field),
 * stored with its entry document, so that opening an index on disk reads them back instead of analysing every entry
 * again. Only the index format that wrote them reads them: a change to the analysis bumps
 * {@code LuceneCatalogIndex.FORMAT_VERSION}, and an index of another version is rebuilt, never opened.
 */
public final class StoredAnalysis {

    /** The stored field of the entry document that holds them. */
    public static final String FIELD = "analysis";

    private StoredAnalysis() {
    }

    /** The stored field holding {@code indexed}'s features. */
    public static StoredField field(IndexedEntry indexed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeAll(out, indexed.templatePairs());
            writeAll(out, indexed.templateWords());
            out.writeInt(indexed.symptomWords().size());
            for (List<String> words : indexed.symptomWords()) {
                writeAll(out, words);
            }
            writeText(out, indexed.messageKey());
            out.writeInt(indexed.fieldWords().size());
            for (Map.Entry<String, Set<String>> e : indexed.fieldWords().entrySet()) {
                writeText(out, e.getKey());
                writeAll(out, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return new StoredField(FIELD, bytes.toByteArray());
    }

    /**
     * {@code entry} with {@code learned} and the features read from {@code stored} (written by {@link #field} for
     * this same entry and learned texts).
     */
    public static IndexedEntry read(CatalogEntry entry, List<String> learned, BytesRef stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored.bytes, stored.offset,
                stored.length))) {
            Set<String> pairs = readAll(in, new LinkedHashSet<>());
            List<String> words = readAll(in, new ArrayList<>());
            int symptoms = in.readInt();
            List<List<String>> symptomWords = new ArrayList<>(symptoms);
            for (int i = 0; i < symptoms; i++) {
                symptomWords.add(readAll(in, new ArrayList<>()));
            }
            String key = readText(in);
            int fields = in.readInt();
            Map<String, Set<String>> fieldWords = new LinkedHashMap<>();
            for (int i = 0; i < fields; i++) {
                String field = readText(in);
                fieldWords.put(field, Set.copyOf(readAll(in, new ArrayList<>())));
            }
            MessageTemplate template = MessageTemplate.of(entry.message(), entry.placeholders());
            return new IndexedEntry(entry, learned, template, pairs, words, symptomWords, key, fieldWords);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored analysis of " + entry.code() + " is damaged", e);
        }
    }

    private static void writeAll(DataOutputStream out, Collection<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String t : texts) {
            writeText(out, t);
        }
    }

    private static <C extends Collection<String>> C readAll(DataInputStream in, C into) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            into.add(readText(in));
        }
        return into;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
