package dev.errdex.triage.extract;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.CodeSpelling.CanonicalCode;
import dev.errdex.triage.extract.CodeHit.Form;
import dev.errdex.triage.mail.Address;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every error code written in an email, in any spelling, in one pass over each text part.
 *
 * <p>One combined pattern, tried only at word starts in a single walk over the text, finds three kinds of token;
 * small fixed-size checks around each decide (see docs/triage.md for the full rules):
 * <ul>
 *   <li><b>code tokens</b> {@code ERR_NGROK_3200}, {@code err_ngrok_3200}, {@code ERR-NGROK-3200},
 *       {@code ERR NGROK 3200}, {@code ERR.NGROK.3200}, leading zeros, also inside URLs
 *       ({@code /docs/errors/err_ngrok_3200}) and after escapes in pasted strings ({@code \r\nERR_NGROK_108}).
 *       Any namespace shaped {@code ERR_<WORD>_<n>} counts when written with underscores (or dashes after an
 *       upper-case {@code ERR}); spaces and dots only for namespaces of the catalog ("err on 3" is prose).</li>
 *   <li><b>error numbers</b>: "error 108", "error code 108", "error #108", "Error: 108", "Fehler 108",
 *       "erreur 108", "código de error 108", and lists "errors: 18011 / 7171 / 3903": 3 to 7 digits right after the
 *       word. <em>Qualified</em> when the namespace word ("ngrok") is one of the two words before ("ngrok error
 *       304", "ngrok's error 304") or right after, possibly behind from/by/of/de/von ("error code 4011 from
 *       ngrok"): then it is a code, in the catalog (explicit) or not (unknown). Otherwise it counts only when the
 *       email's context is the namespace (the word anywhere in the email or its addresses, or a code token of it)
 *       and the code is in the catalog.</li>
 *   <li><b>namespace words</b> ("ngrok"), which set the context.</li>
 * </ul>
 * An upper-case log level ("ERROR 2003 (HY000)") needs the qualifier too.
 * An error number is never a code after "HTTP", "status", "nginx", "MySQL"... ; when a unit follows ("500
 * times"); for 100-599 when an HTTP reason phrase follows ("502 Bad Gateway"); or, unqualified, when it is a common
 * HTTP error status (400-451, 500-511). Bare numbers (ports, invoices, order numbers), versions, times, dates and IP
 * addresses never match: they do not follow an error word, or go on with {@code .}, {@code :}, {@code -}, {@code /}
 * and a digit. Codes are canonicalised with {@link CodeSpelling}.
 *
 * <p>Thread-safe and immutable; build one per catalog version.
 */
public final class CodeExtractor {

    /** Hits kept per code (the code itself is always reported); bounds the work on text repeating a code. */
    public static final int MAX_HITS_PER_CODE = 20;
    private static final int MIN_NUMBER_DIGITS = 3;
    private static final int WINDOW = 48;
    private static final Set<String> FOREIGN_QUALIFIERS = Set.of("http", "https", "status", "response", "nginx",
            "apache", "upstream", "gateway", "cloudflare", "iis", "mysql", "sql", "postgres", "postgresql", "oracle",
            "windows", "win32", "exit", "errno", "socket", "ssl", "tls", "curl", "npm", "python", "java", "node");
    private static final Set<String> UNITS = Set.of("times", "time", "ms", "sec", "secs", "seconds",
            "minutes", "mins", "min", "hours", "requests", "reqs", "users", "bytes", "kb", "mb", "gb", "items",
            "lines", "rows", "percent", "attempts", "retries", "tries", "calls", "events", "messages", "per");
    private static final Set<String> LINKERS = Set.of("from", "by", "of", "de", "del", "von", "vom", "do", "da",
            "du", "des", "di");
    private static final Set<String> REASON_FIRST = Set.of("bad", "not", "gateway", "service", "internal",
            "forbidden", "unauthorized", "too", "method", "request", "payload", "unprocessable", "conflict",
            "precondition", "unavailable", "timeout");
    private static final Set<Integer> HTTP_ERROR_STATUSES = Set.of(400, 401, 402, 403, 404, 405, 406, 407, 408,
            409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500,
            501, 502, 503, 504, 505, 506, 507, 508, 510, 511);
    private static final Pattern LIST_NEXT = Pattern.compile(
            "[ \\t]*(?:/|,|&|\\+|and|or|und|et|y|e)[ \\t]*(\\d{1,9})(?![A-Za-z0-9]|[.,:/\\-]\\d)",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> known;
    private final Map<String, String> namespaceByWord;
    private final String defaultNamespace;
    private final Pattern scanner;
    private final boolean[] startLetters;

    /**
     * @param knownCodes the catalog's codes (any spelling; normalised with {@link CodeSpelling})
     */
    public CodeExtractor(Collection<String> knownCodes) {
        Set<String> codes = new HashSet<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String c : knownCodes) {
            CodeSpelling.parse(c).ifPresent(cc -> {
                codes.add(cc.value());
                String word = cc.namespace().substring("ERR_".length()).toLowerCase(Locale.ROOT);
                if (word.matches("[a-z][a-z0-9]*")) {
                    words.putIfAbsent(word, cc.namespace());
                }
            });
        }
        this.known = Set.copyOf(codes);
        this.namespaceByWord = Map.copyOf(words);
        this.defaultNamespace = words.containsValue(CodeSpelling.DEFAULT_NAMESPACE)
                ? CodeSpelling.DEFAULT_NAMESPACE
                : words.size() == 1 ? words.values().iterator().next() : null;
        this.scanner = buildScanner(words.keySet());
        this.startLetters = startLetters(words.keySet());
    }

    /** An extractor for the codes of these catalog entries. */
    public static CodeExtractor forCatalog(Collection<CatalogEntry> entries) {
        return new CodeExtractor(entries.stream().map(CatalogEntry::code).toList());
    }

    /**
     * The combined token grammar, matched only at word starts (see {@link Scan#tokens}): code tokens, error numbers,
     * namespace words.
     */
    private static Pattern buildScanner(Collection<String> namespaceWords) {
        String token = "(?<tok>ERR(?<s1>[_.\\-]|[ \\t]{1,2})(?<ns>[A-Za-z][A-Za-z0-9]{0,19})"
                + "(?<s2>[_.\\-]|[ \\t]{1,2})(?<num>\\d{1,9})(?![A-Za-z0-9]))";
        String keyword = "(?<kw>(?:errors?|err|fehler(?:code|nummer)?|erreur|erro|errore"
                + "|c[oó]digo(?:[ \\t]+de[ \\t]+error)?)(?:[ \\t]+(?:code|codes|number|no\\.|nr\\.))?"
                + "[\\s#:]{1,8}(?<knum>\\d{1,9})(?![A-Za-z0-9]|[.,:/\\-]\\d))";
        StringBuilder sb = new StringBuilder(token).append('|').append(keyword);
        if (!namespaceWords.isEmpty()) {
            sb.append("|(?<nsw>(?:")
                    .append(namespaceWords.stream().map(Pattern::quote).collect(Collectors.joining("|")))
                    .append(")(?![A-Za-z0-9]))");
        } else {
            sb.append("|(?<nsw>(?!))");
        }
        return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** First letters of the grammar's words, both cases: only word starts with one of them are tried. */
    private static boolean[] startLetters(Collection<String> namespaceWords) {
        boolean[] starts = new boolean[128];
        StringBuilder letters = new StringBuilder("efc");
        namespaceWords.forEach(w -> letters.append(w.charAt(0)));
        for (char c : letters.toString().toCharArray()) {
            starts[Character.toLowerCase(c)] = true;
            starts[Character.toUpperCase(c)] = true;
        }
        return starts;
    }

    /** Whether the code (canonical) is in the catalog. */
    public boolean isKnown(String code) {
        return known.contains(code);
    }

    /** The codes written anywhere in the email: subject, bodies, attachments, forwarded parts. */
    public Extraction extract(ReadableEmail email) {
        Scan scan = new Scan();
        List<Address> people = new ArrayList<>(email.to());
        people.addAll(email.cc());
        if (email.from() != null) {
            people.add(email.from());
        }
        for (Address a : people) {
            scan.contextOnly(a.name() + " " + a.address());
        }
        for (TextPart p : email.parts()) {
            scan.part(p);
        }
        return scan.result();
    }

    /** The codes written in one text (its own context only). */
    public Extraction extract(String label, String text) {
        Scan scan = new Scan();
        scan.part(TextPart.plain(label, text));
        return scan.result();
    }

    /** The state of one extraction: hits so far, context, and numbers waiting for the context to be known. */
    private final class Scan {
        private final List<IndexedHit> hits = new ArrayList<>();
        private final Map<String, Integer> hitsPerCode = new HashMap<>();
        private final Set<String> explicit = new TreeSet<>();
        private final Set<String> unknown = new TreeSet<>();
        private final List<Pending> pending = new ArrayList<>();
        private final Set<String> contextNamespaces = new HashSet<>();
        private int partIndex;

        void contextOnly(String text) {
            tokens(text, m -> {
                if (m.start("nsw") >= 0) {
                    contextNamespaces.add(namespaceByWord.get(m.group("nsw").toLowerCase(Locale.ROOT)));
                }
            });
        }

        void part(TextPart part) {
            LineCursor lines = new LineCursor(part);
            tokens(part.text(), m -> {
                if (m.start("tok") >= 0) {
                    token(part, m, lines);
                } else if (m.start("kw") >= 0) {
                    keyword(part, m, lines);
                } else if (m.start("nsw") >= 0) {
                    contextNamespaces.add(namespaceByWord.get(m.group("nsw").toLowerCase(Locale.ROOT)));
                }
            });
            partIndex++;
        }

        /**
         * The one pass: walks the text once and tries the grammar, anchored, only where a word starts with one of
         * its first letters. A word starts after a character that is not an ASCII letter or digit, or after an
         * escape such as {@code \\n} in a pasted log or JSON string; a code token also not after {@code _}
         * ({@code MY_ERR_CODE_1} is an identifier).
         */
        private void tokens(String text, Consumer<Matcher> sink) {
            Matcher m = scanner.matcher(text);
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c >= 128 || !startLetters[c] || !wordStart(text, i)) {
                    i++;
                    continue;
                }
                m.region(i, n);
                if (!m.lookingAt() || (m.start("tok") >= 0 && i > 0 && text.charAt(i - 1) == '_')) {
                    i++;
                    continue;
                }
                sink.accept(m);
                i = Math.max(m.end(), i + 1);
            }
        }

        private void token(TextPart part, Matcher m, LineCursor lines) {
            String ns = m.group("ns");
            String nsKey = "ERR_" + ns.toUpperCase(Locale.ROOT);
            boolean knownNamespace = namespaceByWord.containsValue(nsKey);
            if (!knownNamespace) {
                String s1 = m.group("s1");
                String s2 = m.group("s2");
                boolean underscores = s1.equals("_") && s2.equals("_");
                boolean upperDashes = s1.equals("-") && s2.equals("-") && m.group("tok").startsWith("ERR");
                if (!underscores && !upperDashes) {
                    return;
                }
            }
            Optional<CanonicalCode> code = CodeSpelling.parse(nsKey + "_" + m.group("num"));
            if (code.isEmpty()) {
                return;
            }
            if (knownNamespace) {
                contextNamespaces.add(nsKey);
            }
            add(part, m.start("tok"), m.end("tok"), code.get(), Form.TOKEN, lines);
        }

        private void keyword(TextPart part, Matcher m, LineCursor lines) {
            String text = part.text();
            List<String> before = wordsBefore(text, m.start("kw"));
            // "npm ngrok error 100": the word right before the keyword decides; a foreign word further back does not
            boolean namedRightBefore = !before.isEmpty() && namespaceByWord.containsKey(before.get(0));
            if (!namedRightBefore && before.stream().limit(2).anyMatch(FOREIGN_QUALIFIERS::contains)) {
                return;
            }
            String qualifier = before.stream().limit(2).filter(namespaceByWord::containsKey).findFirst().orElse(null);
            // "ERROR 2003 (HY000)": an upper-case log level before another tool's number; needs the namespace word
            String keywordText = text.substring(m.start("kw"), Math.min(text.length(), m.start("kw") + 5));
            boolean logLevel = keywordText.startsWith("ERROR") || keywordText.startsWith("ERR ");
            List<int[]> numbers = new ArrayList<>();
            numbers.add(new int[] {m.start("knum"), m.end("knum")});
            Matcher next = LIST_NEXT.matcher(text);
            int end = m.end("knum");
            while (end < text.length()) {
                next.region(end, Math.min(text.length(), end + 24));
                if (!next.lookingAt()) {
                    break;
                }
                numbers.add(new int[] {next.start(1), next.end(1)});
                end = next.end(1);
            }
            if (qualifier == null) {
                qualifier = qualifierAfter(wordsAfter(text, end));
            }
            for (int[] n : numbers) {
                String digits = text.substring(n[0], n[1]);
                List<String> following = wordsAfter(text, n[1]);
                if (digits.length() < MIN_NUMBER_DIGITS || digits.length() > CodeSpelling.MAX_DIGITS
                        || isHttpOrCount(Integer.parseInt(digits), following)) {
                    continue;
                }
                int start = n == numbers.get(0) ? m.start("kw") : n[0];
                if (qualifier != null) {
                    String ns = namespaceByWord.get(qualifier);
                    contextNamespaces.add(ns);
                    CodeSpelling.parse(ns + "_" + digits)
                            .ifPresent(c -> add(part, start, n[1], c, Form.QUALIFIED_NUMBER, lines));
                } else if (!HTTP_ERROR_STATUSES.contains(Integer.parseInt(digits)) && !logLevel) {
                    pending.add(new Pending(part, partIndex, start, n[1], digits, lines.isQuoted(start)));
                }
            }
        }

        private void add(TextPart part, int start, int end, CanonicalCode code, Form form, LineCursor lines) {
            addHit(part, partIndex, start, end, code.value(), form, lines.isQuoted(start));
        }

        private void addHit(TextPart part, int index, int start, int end, String code, Form form, boolean quoted) {
            boolean isKnown = known.contains(code);
            (isKnown ? explicit : unknown).add(code);
            if (hitsPerCode.merge(code, 1, Integer::sum) > MAX_HITS_PER_CODE) {
                return;
            }
            String text = part.text();
            hits.add(new IndexedHit(index, new CodeHit(code, isKnown, part.label(), start,
                    text.substring(start, end), snippet(text, start, end), form, quoted)));
        }

        Extraction result() {
            String ns = contextNamespaces.contains(defaultNamespace) ? defaultNamespace
                    : contextNamespaces.size() == 1 ? contextNamespaces.iterator().next() : null;
            if (ns != null) {
                for (Pending p : pending) {
                    String code = ns + "_" + Integer.parseInt(p.digits);
                    if (known.contains(code)) {
                        addHit(p.part, p.partIndex, p.start, p.end, code, Form.CONTEXT_NUMBER, p.quoted);
                    }
                }
            }
            hits.sort(Comparator.comparingInt(IndexedHit::partIndex).thenComparingInt(h -> h.hit().offset()));
            List<CodeHit> sorted = hits.stream().map(IndexedHit::hit).toList();
            return new Extraction(List.copyOf(explicit), List.copyOf(unknown), sorted);
        }
    }

    private record Pending(TextPart part, int partIndex, int start, int end, String digits, boolean quoted) {
    }

    private record IndexedHit(int partIndex, CodeHit hit) {
    }

    /** "error 4011 from ngrok", "erro 304 do ngrok", "error 304 (ngrok)": the namespace word right after. */
    private String qualifierAfter(List<String> after) {
        if (!after.isEmpty() && namespaceByWord.containsKey(after.get(0))) {
            return after.get(0);
        }
        if (after.size() > 1 && LINKERS.contains(after.get(0)) && namespaceByWord.containsKey(after.get(1))) {
            return after.get(1);
        }
        return null;
    }

    /**
     * A unit ("500 times") or, for 100-599, an HTTP reason phrase ("502 Bad Gateway") right after the number
     * ({@code following}: the next words, lower case).
     */
    static boolean isHttpOrCount(int number, List<String> following) {
        if (following.isEmpty()) {
            return false;
        }
        String first = following.get(0);
        if (UNITS.contains(first)) {
            return true;
        }
        if (number < 100 || number > 599 || !REASON_FIRST.contains(first)) {
            return false;
        }
        String second = following.size() > 1 ? following.get(1) : "";
        return switch (first) {
            case "bad" -> second.equals("gateway") || second.equals("request");
            case "not" -> second.equals("found") || second.equals("implemented") || second.equals("allowed");
            case "gateway" -> second.startsWith("time");
            case "service" -> second.equals("unavailable");
            case "internal" -> second.equals("server");
            case "too" -> second.equals("many");
            case "method" -> second.equals("not");
            case "request" -> second.startsWith("time") || second.equals("entity");
            case "payload" -> second.equals("too");
            default -> true;
        };
    }

    private static boolean wordStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        if (!isAsciiAlnum(p)) {
            return true;
        }
        return i >= 2 && text.charAt(i - 2) == '\\' && (p == 'n' || p == 'r' || p == 't');
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Up to three words before {@code pos}, nearest first, lower case, within {@value #WINDOW} characters. */
    static List<String> wordsBefore(String text, int pos) {
        int from = Math.max(0, pos - WINDOW);
        List<String> words = words(text.substring(from, pos));
        List<String> nearest = new ArrayList<>();
        for (int i = words.size() - 1; i >= 0 && nearest.size() < 3; i--) {
            nearest.add(words.get(i));
        }
        return nearest;
    }

    /** Up to three words after {@code pos}, lower case, within {@value #WINDOW} characters. */
    static List<String> wordsAfter(String text, int pos) {
        List<String> words = words(text.substring(pos, Math.min(text.length(), pos + WINDOW)));
        return words.size() > 3 ? words.subList(0, 3) : words;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "..." : "") + s + (to < text.length() ? "..." : "");
    }

    /** Answers "is this offset on a quoted line" for increasing offsets in one pass. */
    private static final class LineCursor {
        private final TextPart part;
        private int offset;
        private int line;

        LineCursor(TextPart part) {
            this.part = part;
        }

        boolean isQuoted(int target) {
            if (part.quoted().isEmpty()) {
                return false;
            }
            if (target < offset) {
                offset = 0;
                line = 0;
            }
            String text = part.text();
            for (; offset < target && offset < text.length(); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return part.isQuoted(line);
        }
    }
}
