package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

import org.apache.lucene.util.BytesRef;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an {@link IndexedEntry} into its Lucene documents: one entry document with the text fields of
 * {@link CatalogFields}, and, in semantic mode, one small vector document per sentence worth embedding (title,
 * message, each symptom phrase, guide summary). All share the code term, so one {@code updateDocuments} replaces
 * them together.
 */
public final class EntryDocuments {

    /** Value of {@link #KIND} on the entry document. */
    public static final String KIND_ENTRY = "entry";
    /** Value of {@link #KIND} on a vector document. */
    public static final String KIND_VECTOR = "vector";
    /** Field telling entry documents from vector documents. */
    public static final String KIND = "kind";

    private EntryDocuments() {
    }

    /** The entry document. */
    public static Document entry(IndexedEntry indexed) {
        CatalogEntry e = indexed.entry();
        Document doc = new Document();
        doc.add(new StringField(CatalogFields.CODE, e.code(), Field.Store.YES));
        doc.add(new SortedDocValuesField(CatalogFields.CODE, new BytesRef(e.code())));
        doc.add(new StringField(KIND, KIND_ENTRY, Field.Store.YES));
        doc.add(new TextField(CatalogFields.CODE_SPELLING, e.code() + " " + e.number(), Field.Store.NO));
        String title = indexed.constantTitle();
        doc.add(new TextField(CatalogFields.TITLE, title, Field.Store.NO));
        doc.add(new TextField(CatalogFields.MESSAGE, indexed.template().constantText(), Field.Store.NO));
        for (String segment : indexed.template().segments()) {
            doc.add(new TextField(CatalogFields.MESSAGE_PAIRS, segment, Field.Store.NO));
        }
        for (String symptom : e.symptoms()) {
            doc.add(new TextField(CatalogFields.SYMPTOM, symptom, Field.Store.NO));
            doc.add(new TextField(CatalogFields.SYMPTOM_PAIRS, symptom, Field.Store.NO));
        }
        String guide = indexed.guideText();
        if (!guide.isBlank()) {
            doc.add(new TextField(CatalogFields.GUIDE, guide, Field.Store.NO));
        }
        for (String text : indexed.learned()) {
            doc.add(new TextField(CatalogFields.LEARNED, text, Field.Store.YES));
        }
        if (e.category() != null) {
            doc.add(new TextField(CatalogFields.CATEGORY, e.category(), Field.Store.NO));
        }
        StringBuilder surface = new StringBuilder(title).append('\n').append(indexed.template().constantText());
        e.symptoms().forEach(s -> surface.append('\n').append(s));
        surface.append('\n').append(guide);
        doc.add(new TextField(CatalogFields.SURFACE, surface.toString(), Field.Store.NO));
        doc.add(new TextField(CatalogFields.WORDS, surface.toString(), Field.Store.NO));
        doc.add(StoredAnalysis.field(indexed));
        return doc;
    }

    /** The sentences of an entry that get a vector each in semantic mode (distinct, non-blank). */
    public static List<String> vectorSources(IndexedEntry indexed) {
        Set<String> texts = new LinkedHashSet<>();
        CatalogEntry e = indexed.entry();
        String title = indexed.constantTitle().strip();
        String message = indexed.template().constantText().replace('\n', ' ').strip();
        if (!title.isEmpty()) {
            texts.add(title);
        }
        if (!message.isEmpty()) {
            texts.add(message);
        }
        for (String s : e.symptoms()) {
            if (!s.isBlank()) {
                texts.add(s.strip());
            }
        }
        if (e.fixGuide() != null && !e.fixGuide().summary().isBlank()) {
            texts.add(e.fixGuide().summary().strip());
        }
        return new ArrayList<>(texts);
    }

    /** A vector document of {@code code}: the vector and the text it was made from. */
    public static Document vector(String code, String source, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(CatalogFields.CODE, code, Field.Store.YES));
        doc.add(new SortedDocValuesField(CatalogFields.CODE, new BytesRef(code)));
        doc.add(new StringField(KIND, KIND_VECTOR, Field.Store.YES));
        doc.add(new KnnFloatVectorField(CatalogFields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new StoredField(CatalogFields.VECTOR_SOURCE, source));
        doc.add(new StoredField(CatalogFields.STORED_VECTOR, toBytes(vector)));
        return doc;
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buf = ByteBuffer.allocate(vector.length * Float.BYTES);
        for (float f : vector) {
            buf.putFloat(f);
        }
        return buf.array();
    }

    /** The vector stored in a vector document's {@link CatalogFields#STORED_VECTOR}. */
    public static float[] vectorOf(BytesRef bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = buf.getFloat();
        }
        return v;
    }
}
