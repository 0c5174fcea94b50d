package dev.errdex.search.internal;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemmer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads support text written in French, Spanish, Italian or Portuguese in the catalog's English: which language a
 * passage is in ({@link #language}), and its key words rendered in English ({@link #gloss}) from a team-written
 * cross-language lexicon of the domain's words ({@code lexicon.tsv}: endpoint, offline, account, suspended, limit,
 * card, …). The English analyzer then reads the gloss like any English passage.
 *
 * <p>A gloss keeps every word the lexicon does not know as written (names, URLs, commands, English words pasted into
 * the sentence, and the many cognates such as "agent", "tunnel", "session", "page"), drops the language's stop words
 * (Lucene's French, Spanish, Italian and Portuguese stop sets) and one-letter elisions ("l'", "d'"), and replaces
 * known words and phrases, longest first. Words are compared lower-cased, without accents, after the language's
 * light stemmer (Lucene's), so one lexicon form covers plural and gender. Thread-safe; immutable after loading.
 */
public final class Lexicon {

    /** Languages the lexicon glosses. English text and any other language are left as they are. */
    public enum Language {
        ENGLISH, FRENCH, SPANISH, ITALIAN, PORTUGUESE, GERMAN, OTHER;

        /** Whether {@link Lexicon#gloss} rewrites text of this language. */
        public boolean glossed() {
            return this == FRENCH || this == SPANISH || this == ITALIAN || this == PORTUGUESE;
        }

        /** Short name (ISO 639-1, or "other"). */
        public String tag() {
            return switch (this) {
                case ENGLISH -> "en";
                case FRENCH -> "fr";
                case SPANISH -> "es";
                case ITALIAN -> "it";
                case PORTUGUESE -> "pt";
                case GERMAN -> "de";
                case OTHER -> "other";
            };
        }
    }

    private static final Language[] COLUMNS = {Language.FRENCH, Language.SPANISH, Language.ITALIAN,
        Language.PORTUGUESE};

    /**
     * Function words that tell the languages apart (frequent, short, rarely shared); a passage's language is the
     * one with most of them. Accents removed.
     */
    private static final Map<Language, Set<String>> MARKERS = Map.of(
            Language.ENGLISH, Set.of("the", "and", "is", "my", "it", "of", "that", "this", "with", "to", "was", "we",
                    "you", "not", "but", "have", "what", "when", "from", "for", "are", "our", "there", "an"),
            Language.FRENCH, Set.of("le", "la", "les", "est", "une", "des", "du", "je", "nous", "vous", "pas", "avec",
                    "sur", "mais", "cette", "dans", "qui", "aux", "ne", "et", "ou", "depuis", "mes", "votre"),
            Language.SPANISH, Set.of("el", "los", "las", "una", "por", "pero", "mi", "y", "del", "esta", "para",
                    "como", "muy", "yo", "tengo", "cuando", "sin", "nos", "desde", "mis", "usted"),
            Language.ITALIAN, Set.of("il", "che", "non", "una", "per", "sono", "della", "gli", "mi", "ho", "questo",
                    "nel", "alla", "anche", "quando", "mio", "perche", "questa", "sul", "dal", "ancora"),
            Language.PORTUGUESE, Set.of("nao", "uma", "para", "meu", "minha", "em", "voce", "mas", "eu", "isso",
                    "esta", "tem", "ao", "pelo", "pela", "quando", "dos", "das", "obrigado", "aplicacao", "entao"),
            Language.GERMAN, Set.of("der", "das", "und", "ist", "nicht", "ich", "mit", "ein", "eine", "wir", "sie",
                    "auf", "zu", "dem", "bei", "aber", "wenn", "mein", "kein", "auch", "noch"));

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-/:]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Scripts of Chinese, Japanese and Korean; none has a character below {@link #FIRST_CJK} (Hangul Jamo). */
    private static final Set<Character.UnicodeScript> CJK = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);
    private static final int FIRST_CJK = 0x1100;

    private static final Lexicon DEFAULT = load();

    private final Map<Language, Map<String, String>> phrases;
    private final Map<Language, Set<String>> stopWords;
    private final Map<Language, Set<String>> singles;
    private int longest = 1;

    private Lexicon(Map<Language, Set<String>> stopWords) {
        this.phrases = new HashMap<>();
        this.stopWords = stopWords;
        this.singles = new HashMap<>();
    }

    /** The bundled lexicon. */
    public static Lexicon defaults() {
        return DEFAULT;
    }

    /** Each marker word with the languages it marks (bit {@code ordinal}). */
    private static final Map<String, Integer> MARKER_LANGUAGES = markerLanguages();
    /** The same, looked up in place in any case (ASCII words: no string made per word of the text). */
    private static final CharArrayMap<Integer> MARKER_CHARS = new CharArrayMap<>(MARKER_LANGUAGES, true);
    /** Longest marker word: longer words are not looked up. */
    private static final int MARKER_LENGTH = MARKER_LANGUAGES.keySet().stream().mapToInt(String::length).max()
            .orElse(0);

    /**
     * The language of {@code text}: the one whose marker words it has most of, when it has at least two and more
     * than any other; {@link Language#OTHER} for text mostly in Chinese, Japanese or Korean script; else
     * {@code fallback} (too short to tell).
     */
    public static Language language(String text, Language fallback) {
        return decide(markers(text), text, fallback);
    }

    /**
     * Whether {@code text} may hold a passage in a language other than English: some other language has at least
     * two marker words in it, or it has Chinese, Japanese or Korean script. When not, every passage of it is read
     * as written and {@link #language} need not be asked per passage.
     */
    public static boolean mayBeForeign(String text) {
        int[] counts = markers(text);
        for (Language l : Language.values()) {
            if (l != Language.ENGLISH && counts[l.ordinal()] >= 2) {
                return true;
            }
        }
        return cjk(text, 1);
    }

    /** Whether {@code text} has at least {@code atLeast} characters of a {@link #CJK} script. */
    private static boolean cjk(String text, int atLeast) {
        int found = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= FIRST_CJK && CJK.contains(Character.UnicodeScript.of(cp)) && ++found >= atLeast) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static Language decide(int[] counts, String text, Language fallback) {
        Language best = null;
        int bestCount = 0;
        int second = 0;
        for (Language l : Language.values()) {
            int n = counts[l.ordinal()];
            if (n > bestCount) {
                second = bestCount;
                bestCount = n;
                best = l;
            } else if (n > second) {
                second = n;
            }
        }
        if (best != null && bestCount >= 2 && bestCount > second) {
            return best;
        }
        if (bestCount < 2 && cjk(text, 8)) {
            return Language.OTHER;
        }
        return fallback;
    }

    /** How many marker words of each language {@code text} has (one pass, no regular expression). */
    private static int[] markers(String text) {
        int[] counts = new int[Language.values().length];
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(chars[i])) {
                i++;
            }
            int start = i;
            boolean ascii = true;
            while (i < n && Character.isLetter(chars[i])) {
                ascii &= chars[i] < 128;
                i++;
            }
            if (i > start && i - start <= MARKER_LENGTH + 1) {
                Integer mask = ascii ? MARKER_CHARS.get(chars, start, i - start)
                        : MARKER_LANGUAGES.get(fold(text.substring(start, i)));
                if (mask != null) {
                    for (Language l : Language.values()) {
                        if ((mask & (1 << l.ordinal())) != 0) {
                            counts[l.ordinal()]++;
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Integer> markerLanguages() {
        Map<String, Integer> out = new HashMap<>();
        MARKERS.forEach((l, words) -> words.forEach(w -> out.merge(w, 1 << l.ordinal(), (a, b) -> a | b)));
        return Map.copyOf(out);
    }

    /**
     * {@code text} with its known words in English, for a {@link Language#glossed()} language; else {@code text}
     * itself.
     */
    public String gloss(String text, Language language) {
        Map<String, String> known = phrases.get(language);
        if (known == null) {
            return text;
        }
        List<String> surface = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String stem = stem(language, m.group());
            if (kept(language, m.group(), stem)) {
                surface.add(m.group());
                stems.add(stem);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < stems.size(); ) {
            int taken = 0;
            for (int n = Math.min(longest, stems.size() - i); n >= 1 && taken == 0; n--) {
                String english = known.get(n == 1 ? stems.get(i) : String.join(" ", stems.subList(i, i + n)));
                if (english != null) {
                    out.append(english).append(' ');
                    taken = n;
                }
            }
            if (taken == 0) {
                out.append(surface.get(i)).append(' ');
                taken = 1;
            }
            i += taken;
        }
        return out.toString().strip();
    }

    /** Whether a word counts: not a one-letter elision, not a stop word unless the lexicon knows it ("pas"). */
    private boolean kept(Language language, String word, String stem) {
        String folded = fold(word);
        return folded.length() > 1 && (!stopWords.get(language).contains(folded) || singles.get(language).contains(stem));
    }

    /** Lower case, accents removed. */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        return ascii ? lower : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The folded light stem of a word. */
    static String stem(Language language, String word) {
        char[] s = word.toLowerCase(Locale.ROOT).toCharArray();
        int n = switch (language) {
            case FRENCH -> new FrenchLightStemmer().stem(s, s.length);
            case SPANISH -> new SpanishLightStemmer().stem(s, s.length);
            case ITALIAN -> new ItalianLightStemmer().stem(s, s.length);
            case PORTUGUESE -> new PortugueseLightStemmer().stem(s, s.length);
            default -> s.length;
        };
        return fold(new String(s, 0, n));
    }

    private static Lexicon load() {
        Map<Language, Set<String>> stop = new HashMap<>();
        stop.put(Language.FRENCH, folded(FrenchAnalyzer.getDefaultStopSet()));
        stop.put(Language.SPANISH, folded(SpanishAnalyzer.getDefaultStopSet()));
        stop.put(Language.ITALIAN, folded(ItalianAnalyzer.getDefaultStopSet()));
        stop.put(Language.PORTUGUESE, folded(PortugueseAnalyzer.getDefaultStopSet()));
        Lexicon lexicon = new Lexicon(stop);
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
            if (in == null) {
                throw new IllegalStateException("lexicon.tsv missing from the search-index jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Language l : COLUMNS) {
            lexicon.singles.put(l, new HashSet<>());
            lexicon.phrases.put(l, new HashMap<>());
        }
        // one-word variants first: a stop word the lexicon knows ("pas", "no") is kept, so phrases keep it too
        for (String[] cells : rows) {
            for (int c = 0; c < COLUMNS.length && c + 1 < cells.length; c++) {
                for (String variant : cells[c + 1].split("\\|")) {
                    List<String> words = WORD.matcher(variant).results().map(x -> x.group()).toList();
                    if (words.size() == 1 && fold(words.get(0)).length() > 1) {
                        lexicon.singles.get(COLUMNS[c]).add(stem(COLUMNS[c], words.get(0)));
                    }
                }
            }
        }
        for (String[] cells : rows) {
            String english = cells[0].strip();
            for (int c = 0; c < COLUMNS.length && c + 1 < cells.length; c++) {
                Language l = COLUMNS[c];
                for (String variant : cells[c + 1].split("\\|")) {
                    List<String> key = new ArrayList<>();
                    Matcher m = WORD.matcher(variant);
                    while (m.find()) {
                        String stem = stem(l, m.group());
                        if (lexicon.kept(l, m.group(), stem)) {
                            key.add(stem);
                        }
                    }
                    if (key.isEmpty() || variant.strip().equals("-")) {
                        continue;
                    }
                    lexicon.longest = Math.max(lexicon.longest, key.size());
                    lexicon.phrases.get(l).merge(String.join(" ", key), english,
                            (a, b) -> a.equals(b) || a.contains(b) ? a : a + " " + b);
                }
            }
        }
        return lexicon;
    }

    private static Set<String> folded(CharArraySet set) {
        Set<String> out = new HashSet<>();
        for (Object o : set) {
            out.add(fold(o instanceof char[] c ? new String(c) : o.toString()));
        }
        return out;
    }
}
