package dev.errdex.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The analyzers of the catalog index, defined once and by name. The same instance analyses a field when it is indexed
 * and when it is queried ({@link #perField()}), so the two sides can never drift apart.
 *
 * <ul>
 *   <li>{@value #ENGLISH}: prose (titles, message words, fix guides, symptom phrases, learned evidence). Unicode word
 *       breaks, possessives dropped, lower case, accents folded, English stop words removed, Porter stems.</li>
 *   <li>{@value #PHRASE}: word pairs (shingles) of message templates and symptom phrases, stop words kept so that
 *       "is offline" stays distinct from "offline". Templates are indexed one constant segment at a time (the
 *       placeholders cut them), so a pasted message with real values shares every pair the template has.</li>
 *   <li>{@value #SURFACE}: the words as written, lower case: the vocabulary that spelling correction draws on.</li>
 *   <li>{@value #CODE}: any spelling of an error code ({@code ERR-NGROK-8012}, {@code err ngrok 08012}) becomes
 *       {@code err_ngrok_8012}; bare numbers stay as they are; every other word is dropped.</li>
 * </ul>
 */
public final class CatalogAnalyzers {

    /** Prose: stemmed, stop words removed. */
    public static final String ENGLISH = "english";
    /** Word pairs for phrase-like matching. */
    public static final String PHRASE = "phrase";
    /** Surface words for spelling correction. */
    public static final String SURFACE = "surface";
    /** Code spellings. */
    public static final String CODE = "code";

    private static final int MAX_TOKEN_LENGTH = 64;

    private static final Pattern CODE_SPELLING =
            Pattern.compile("(?i)\\b(err)[\\s_.\\-]+([a-z][a-z0-9]*)[\\s_.\\-]+0*(\\d{1,7})\\b");
    private static final Pattern CODE_TOKEN = Pattern.compile("err_[a-z][a-z0-9]*_\\d{1,7}|\\d{1,7}");

    private final Map<String, Analyzer> byName;
    private final Analyzer perField;
    private final Analyzer wordsAndPairs = new WordsAndPairs();

    public CatalogAnalyzers() {
        byName = Map.of(
                ENGLISH, new EnglishProse(),
                PHRASE, new WordPairs(),
                SURFACE, new SurfaceWords(),
                CODE, new CodeSpellings());
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byName.get(CatalogFields.analyzerOf(fieldName));
            }
        };
    }

    /** The analyzer called {@code name} (one of the constants of this class). */
    public Analyzer get(String name) {
        Analyzer a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no analyzer called " + name);
        }
        return a;
    }

    /** One analyzer that picks the right one for each field of {@link CatalogFields}: for the IndexWriter. */
    public Analyzer perField() {
        return perField;
    }

    /** The terms {@code text} becomes in {@code field}, in order (duplicates kept). */
    public List<String> terms(String field, String text) {
        return tokens(perField, field, text);
    }

    /** The tokens an analyzer makes of a text. */
    public static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }

    /**
     * The prose words ({@value #ENGLISH}) and word pairs ({@value #PHRASE}) of {@code text} from one pass of the
     * tokenizer; null in the (unexpected) case of a position gap, which the word pairs would mark with a filler: then
     * ask {@link #terms} for each field.
     */
    PassageTerms passageTerms(String text) {
        List<String> tokens = new ArrayList<>();
        List<Boolean> stops = new ArrayList<>();
        try (TokenStream ts = wordsAndPairs.tokenStream(CatalogFields.MESSAGE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            boolean gap = false;
            while (ts.incrementToken()) {
                gap |= position.getPositionIncrement() != 1;
                tokens.add(term.toString());
                stops.add(StopMark.STOP.equals(type.type()));
            }
            ts.end();
            if (gap) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        boolean[] stop = new boolean[stops.size()];
        for (int i = 0; i < stop.length; i++) {
            stop[i] = stops.get(i);
        }
        return new PassageTerms(tokens.toArray(String[]::new), stop);
    }

    /** Close every analyzer. */
    public void close() {
        byName.values().forEach(Analyzer::close);
        wordsAndPairs.close();
    }

    /** The Snowball project's English stop words (pronouns, auxiliaries, question words...), shipped by Lucene. */
    private static CharArraySet snowballStopWords() {
        try (Reader r = new java.io.InputStreamReader(
                SnowballFilter.class.getResourceAsStream("english_stop.txt"), StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(r));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Lucene's English stop word list is missing from the class path", e);
        }
    }

    private static StandardTokenizer wordTokenizer() {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setMaxTokenLength(MAX_TOKEN_LENGTH);
        return tokenizer;
    }

    private static TokenStream normalised(Tokenizer source) {
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        return new ASCIIFoldingFilter(ts);
    }

    private static final class EnglishProse extends Analyzer {
        private static final CharArraySet STOP_WORDS = snowballStopWords();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = wordTokenizer();
            TokenStream ts = new StopFilter(normalised(source), STOP_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(ts));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    /**
     * {@link WordPairs}' tokens before they are paired, each stop word of {@link EnglishProse} typed
     * {@link StopMark#STOP} instead of dropped: both analyses from one pass ({@link #passageTerms}).
     */
    private static final class WordsAndPairs extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = wordTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(new StopMark(normalised(source))));
        }
    }

    /** Types a stop word {@link #STOP} and keeps it (the stemmer leaves the type alone). */
    private static final class StopMark extends TokenFilter {
        static final String STOP = "stop";
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        StopMark(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (EnglishProse.STOP_WORDS.contains(term.buffer(), 0, term.length())) {
                type.setType(STOP);
            }
            return true;
        }
    }

    private static final class WordPairs extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = wordTokenizer();
            ShingleFilter pairs = new ShingleFilter(new PorterStemFilter(normalised(source)), 2, 2);
            pairs.setOutputUnigrams(false);
            return new TokenStreamComponents(source, pairs);
        }
    }

    private static final class SurfaceWords extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = wordTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    }

    private static final class CodeSpellings extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(CODE_SPELLING, "$1_$2_$3", reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = wordTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new FilteringTokenFilter(ts) {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                @Override
                protected boolean accept() {
                    return CODE_TOKEN.matcher(term).matches();
                }
            };
            return new TokenStreamComponents(source, ts);
        }
    }
}
