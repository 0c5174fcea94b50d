package dev.errdex.search.internal;

import dev.errdex.search.SearchErrorCode;
import dev.errdex.search.SearchIndexException;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantized ONNX, shipped inside its Maven package), run in-process. The model is loaded once per
 * process, on first use, and shared by every index.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private static final int DIMENSION = 384;
    private static volatile EmbeddingModel model;

    /** The shared encoder; loads the model on first call. */
    public static MiniLmEncoder shared() {
        return Holder.INSTANCE;
    }

    private MiniLmEncoder() {
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[] encode(String text) {
        float[] v = model().embed(text.isBlank() ? "." : text).content().vector();
        return unit(v);
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (MiniLmEncoder.class) {
                m = model;
                if (m == null) {
                    try {
                        m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    } catch (RuntimeException | LinkageError e) {
                        throw new SearchIndexException(SearchErrorCode.SEMANTIC_MODEL_UNAVAILABLE,
                                e.getClass().getSimpleName() + ": " + e.getMessage(), e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    private static final class Holder {
        private static final MiniLmEncoder INSTANCE = new MiniLmEncoder();
    }
}
