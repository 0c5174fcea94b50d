package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeNamespace;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.EntryDerivation;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.io.internal.JavadocText;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports a Java class that declares its error codes as documented constants, as H2's {@code org.h2.api.ErrorCode}
 * does:
 * <pre>
 * /** The error with code {@code 23505} is thrown when ... Example: &lt;pre&gt;INSERT ...&lt;/pre&gt; *&#47;
 * public static final int DUPLICATE_KEY_1 = 23505;
 * </pre>
 * Each {@code static final} {@code int}, {@code long}, {@code short} or {@code String} constant with a number (or a
 * code-shaped string) becomes an entry of the given namespace:
 * <ul>
 *   <li>code: namespace and the number ({@code ERR_H2_23505}); a string value is read with {@link CodeSpelling};</li>
 *   <li>message: from {@link #withMessages} when it has the key the class maps the constant to in a switch branch
 *       ({@code case NAME: return "42S02";}, as H2's {@code getState}), the constant's value, zero-padded value or
 *       name (numbered placeholders such as {@code {0}} become {@code `ARG0`}); else the Javadoc's first
 *       sentence;</li>
 *   <li>fix guide summary: the Javadoc as Markdown, {@code <pre>} examples as code blocks;</li>
 *   <li>status: deprecated when the constant is {@code @Deprecated} or its Javadoc says so; the replacement is the
 *       first constant the Javadoc links to;</li>
 *   <li>the constant's name is kept as a symptom-free detail: the entry's {@code sourceLocation} is
 *       {@code File.java:line (NAME)}.</li>
 * </ul>
 * A constant bound to another constant (an alias) is not an entry; two constants with one value are a
 * {@link CatalogError#CONSTANT_DUPLICATE} rejection, one with neither message nor Javadoc a
 * {@link CatalogError#CONSTANT_UNDOCUMENTED} one.
 */
public final class JavaConstantsReader {

    private static final Pattern CONSTANT = Pattern.compile(
            "(?m)^[ \\t]*((?:@\\w+(?:\\([^)]*\\))?\\s+)*)((?:(?:public|protected|private|static|final)\\s+)+)"
                    + "(int|long|short|String)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*([^;]+);");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d_]*[lL]?");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+#([A-Za-z_$][\\w$]*)");
    private static final Pattern NUMBERED_PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /**
     * A switch branch mapping constants to a string, {@code case A: case B: return "42S02";} or
     * {@code case A, B -> "42S02";}: the class's own key for those constants (H2's {@code ErrorCode.getState}).
     */
    private static final Pattern KEY_BRANCH = Pattern.compile(
            "((?:\\bcase\\s+[A-Za-z_$][\\w$]*(?:\\s*,\\s*[A-Za-z_$][\\w$]*)*\\s*(?::|->)\\s*)+)"
                    + "(?:return\\s+)?\"([^\"\\\\]*)\"\\s*;");
    private static final Pattern CASE_NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final String namespace;
    private final Map<String, String> messages;
    private final String docsUrl;

    private JavaConstantsReader(String namespace, Map<String, String> messages, String docsUrl) {
        this.namespace = namespace;
        this.messages = messages;
        this.docsUrl = docsUrl;
    }

    /** A reader for codes of {@code namespace} ({@code H2} is read as {@code ERR_H2}, see {@link CodeNamespace}). */
    public static JavaConstantsReader namespace(String namespace) {
        return new JavaConstantsReader(CodeNamespace.canonical(namespace), Map.of(), null);
    }

    /**
     * Messages by the constant's value as written ({@code 90057}), its value zero-padded to five digits
     * ({@code 02000}, as in SQL states) or its name: a product's message bundle, e.g. H2's
     * {@code _messages_en.prop}.
     */
    public JavaConstantsReader withMessages(Map<String, String> byKey) {
        return new JavaConstantsReader(namespace, Map.copyOf(byKey), docsUrl);
    }

    /**
     * {@link #withMessages(Map)} from a properties file (read as UTF-8), e.g. H2's {@code _messages_en.prop}
     * ({@code import --java-constants FILE --messages PROPS}).
     *
     * @throws CatalogException {@link CatalogError#CONSTANTS_UNREADABLE} when the file cannot be read
     */
    public JavaConstantsReader withMessages(Path propertiesFile) {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            bundle.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(propertiesFile, e);
        }
        Map<String, String> byKey = new HashMap<>();
        bundle.forEach((k, v) -> byKey.put((String) k, (String) v));
        return withMessages(byKey);
    }

    /** A docs page per code: {@code {number}}, {@code {name}} and {@code {code}} are filled in. */
    public JavaConstantsReader withDocsUrl(String template) {
        return new JavaConstantsReader(namespace, messages, template);
    }

    /** Reads a Java source file. */
    public ReadResult read(Path javaFile) {
        String text;
        try {
            text = Files.readString(javaFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(javaFile, e);
        }
        return read(javaFile.getFileName().toString(), text);
    }

    private static CatalogException unreadable(Path file, Exception e) {
        return new CatalogException(CatalogError.CONSTANTS_UNREADABLE, "cannot read " + file + ": " + e.getMessage(),
                e);
    }

    /**
     * Reads Java source text.
     *
     * @throws CatalogException {@link CatalogError#CONSTANTS_FILE} when the text declares no code constant
     */
    public ReadResult read(String fileName, String text) {
        record Declared(String name, int number, int line, String javadoc, boolean deprecatedAnnotation) {
        }
        List<Declared> declared = new ArrayList<>();
        Map<String, Integer> numberByName = new HashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            if (!m.group(2).contains("static") || !m.group(2).contains("final")) {
                continue;
            }
            String name = m.group(4);
            String value = m.group(5).strip();
            int line = lineOf(text, m.start(4));
            Integer number = numberOf(value);
            if (number == null) {
                continue; // an alias of another constant, or a value that is not a code
            }
            String javadoc = javadocBefore(text, m.start());
            boolean deprecated = m.group(1).contains("@Deprecated");
            declared.add(new Declared(name, number, line, javadoc, deprecated));
            numberByName.putIfAbsent(name, number);
        }
        if (declared.isEmpty()) {
            throw new CatalogException(CatalogError.CONSTANTS_FILE, fileName + " declares no constant with a"
                    + " number or code value");
        }
        Map<String, String> keyByName = keysByName(text, numberByName);
        Map<String, SourcedEntry> byCode = new LinkedHashMap<>();
        for (Declared d : declared) {
            String code = namespace + "_" + d.number();
            if (byCode.containsKey(code)) {
                SourcedEntry first = byCode.get(code);
                rejected.add(new Rejection(fileName, d.line(), CatalogError.CONSTANT_DUPLICATE, d.name() + " has the"
                        + " value of the constant at line " + first.line() + " (" + code + ")"));
                continue;
            }
            String body = d.javadoc() == null ? "" : JavadocText.body(d.javadoc());
            String message = messageOf(d.name(), d.number(), keyByName.get(d.name()), body);
            CatalogEntry.Builder b = CatalogEntry.builder(code)
                    .message(message)
                    .sourceLocation(fileName + ":" + d.line() + " (" + d.name() + ")");
            if (!body.isEmpty()) {
                b.fixGuide(new FixGuide(JavadocText.markdown(body), List.of(), List.of()));
            }
            boolean deprecated = d.deprecatedAnnotation() || body.startsWith("Deprecated")
                    || (d.javadoc() != null && d.javadoc().contains("@deprecated"));
            if (deprecated) {
                b.status(CatalogEntry.Status.DEPRECATED);
                Matcher link = LINK.matcher(body);
                while (link.find()) {
                    Integer target = numberByName.get(link.group(1));
                    if (target != null && target != d.number()) {
                        b.replacedBy(namespace + "_" + target);
                        break;
                    }
                }
            }
            if (docsUrl != null) {
                b.docsUrl(docsUrl.replace("{number}", String.valueOf(d.number())).replace("{name}", d.name())
                        .replace("{code}", code));
            }
            if (message == null || message.isBlank()) {
                rejected.add(new Rejection(fileName, d.line(), CatalogError.CONSTANT_UNDOCUMENTED, d.name()
                        + " has neither a message nor a Javadoc sentence"));
                continue;
            }
            byCode.put(code, new SourcedEntry(EntryDerivation.complete(b).build(), fileName, d.line()));
        }
        return new ReadResult(List.copyOf(byCode.values()), rejected);
    }

    private Integer numberOf(String value) {
        if (NUMBER.matcher(value).matches()) {
            String digits = value.replace("_", "").replaceAll("[lL]$", "").replaceFirst("^0+(?=\\d)", "");
            return digits.length() <= CodeSpelling.MAX_DIGITS ? Integer.valueOf(digits) : null;
        }
        Matcher s = STRING.matcher(value);
        if (s.matches()) {
            String v = s.group(1);
            if (v.chars().allMatch(Character::isDigit) && !v.isEmpty() && v.length() <= CodeSpelling.MAX_DIGITS) {
                return Integer.valueOf(v);
            }
            return CodeSpelling.parse(v).filter(c -> c.namespace().equals(namespace))
                    .map(CodeSpelling.CanonicalCode::number).orElse(null);
        }
        return null;
    }

    /**
     * The keys the class itself maps its constants to, by constant name: the string of each switch branch that lists
     * constants of the class ({@link #KEY_BRANCH}; the first branch naming a constant wins). A product that looks its
     * messages up by such a key rather than by the number (H2 by SQL state: {@code TABLE_OR_VIEW_NOT_FOUND_1} is
     * {@code 42S02}) has its messages found this way.
     */
    private static Map<String, String> keysByName(String text, Map<String, Integer> constants) {
        Map<String, String> keys = new HashMap<>();
        Matcher branch = KEY_BRANCH.matcher(text);
        while (branch.find()) {
            Matcher name = CASE_NAME.matcher(branch.group(1));
            while (name.find()) {
                if (constants.containsKey(name.group())) {
                    keys.putIfAbsent(name.group(), branch.group(2));
                }
            }
        }
        return keys;
    }

    private String messageOf(String name, int number, String mappedKey, String body) {
        String padded = String.format(java.util.Locale.ROOT, "%05d", number);
        List<String> keys = new ArrayList<>();
        if (mappedKey != null) {
            keys.add(mappedKey); // the key the product itself uses for this constant comes first
        }
        keys.addAll(List.of(String.valueOf(number), padded, name));
        for (String key : keys) {
            String message = messages.get(key);
            if (message != null && !message.isBlank()) {
                return NUMBERED_PLACEHOLDER.matcher(message.strip()).replaceAll("`ARG$1`");
            }
        }
        return body.isEmpty() ? null : JavadocText.firstSentence(body);
    }

    /** The Javadoc comment that ends right before {@code at} (white space between), or null. */
    private static String javadocBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end < 2 || !text.startsWith("*/", end - 2)) {
            return null;
        }
        int start = text.lastIndexOf("/*", end - 2);
        if (start < 0 || !text.startsWith("/**", start)) {
            return null;
        }
        return text.substring(start, end);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
