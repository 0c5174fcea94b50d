package dev.errdex.catalog.scan.internal;

import dev.errdex.catalog.scan.SiteKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one source file's tokens and tells where codes of the namespace appear, in one of two passes:
 * <ul>
 *   <li>{@link #literals}: code-shaped words in string literals and comments, and the constants bound to a code
 *       (a binding outside any function whose initializer holds exactly one code; in a code-numbers file also
 *       {@code NAME = 1234} and the enum constant {@code NAME(1234, ...)});</li>
 *   <li>{@link #uses}: the identifiers that name one of those constants (bare, or qualified by its type, file or
 *       package name).</li>
 * </ul>
 * A use or literal compared rather than raised ({@code case X}, {@code == X}, {@code X.equals}) is a
 * {@link SiteKind#CHECK}. The enclosing symbol comes from a light reading of braces (or indentation in Python): type
 * and function declarations push a named frame, other blocks an anonymous one.
 */
public final class FileScanner implements SourceLexer.Sink {

    private static final Set<String> CHECK_BEFORE = Set.of("case", "==", "!=", "===", "!==");
    private static final Set<String> CHECK_AFTER = Set.of("==", "!=", "===", "!==", "->", "=>");
    private static final Set<String> EQUALS_METHODS = Set.of("equals", "equalsIgnoreCase", "Equals", "contentEquals");
    private static final Set<String> CONTROL = Set.of("if", "else", "for", "foreach", "while", "do", "switch", "try",
            "catch", "finally", "synchronized", "when", "match", "loop", "unsafe", "using", "lock", "fixed", "checked",
            "unchecked", "select", "defer", "go", "with", "return", "throw", "case", "elif", "except", "new");
    private static final Set<String> FUNCTION_KEYWORDS = Set.of("func", "function", "fn", "fun", "def", "lambda");
    private static final Set<String> CONTINUES_LINE = Set.of("=", ",", "(", "[", "{", ".", "+", "&&", "||", "->",
            "=>", ":", "?", "::");

    private enum Mode { LITERALS, USES }

    /** A block: a type or function declaration (named) or any other block (anonymous). */
    private static final class Frame {
        final String name;
        final boolean function;
        final boolean type;
        final int parenDepth;
        final int indent;
        final char closer;
        boolean test;

        Frame(String name, boolean function, boolean type, int parenDepth, int indent, char closer) {
            this.name = name;
            this.function = function;
            this.type = type;
            this.parenDepth = parenDepth;
            this.indent = indent;
            this.closer = closer;
        }
    }

    private record Pending(String code, int line, String constant, boolean use, boolean checkBefore,
                           boolean alias) {
    }

    private record Deferred(String code, int line) {
    }

    private final Mode mode;
    private final Language language;
    private final String path;
    private final boolean test;
    private final CodeShapes shapes;
    private final boolean codeNumbers;
    private final Map<String, List<FileScan.Constant>> constants;
    private final String fileStem;

    private final List<FileScan.Hit> hits = new ArrayList<>();
    private final List<FileScan.Constant> defined = new ArrayList<>();
    private final List<FileScan.Malformed> malformed = new ArrayList<>();

    private final Deque<Frame> frames = new ArrayDeque<>();
    private int parenDepth;
    private String goPackage;

    // the tokens just before the current one
    private String prev;
    private SourceLexer.TokenKind prevKind;
    private String prev2;
    private String prev3;
    private String beforeQualifier;
    private int lastTokenLine;

    // the current statement at the level of the innermost frame
    private int stmtTokens;
    private String stmtFirst;
    private String binding;
    private boolean afterBinder;
    private boolean controlSeen;
    private boolean typeKeywordPending;
    private String typeName;
    private boolean typeSeen;
    private String callName;
    private boolean inImport;
    private boolean inCaseLabel;
    private boolean pythonHeader;
    /** The column of the first token of the current Python line: a def or class header's indentation. */
    private int headerIndent;
    private final List<Deferred> deferred = new ArrayList<>();

    // a site waiting for the next token to tell a raise from a check
    private final List<Pending> pending = new ArrayList<>();
    private boolean pendingAfterDot;
    // a number waiting for the next token to tell a definition
    private String pendingNumberCode;
    private int pendingNumberLine;
    private String pendingNumberName;

    private FileScanner(Mode mode, Language language, String path, boolean test, CodeShapes shapes,
                        boolean codeNumbers, Map<String, List<FileScan.Constant>> constants) {
        this.mode = mode;
        this.language = language;
        this.path = path;
        this.test = test;
        this.shapes = shapes;
        this.codeNumbers = codeNumbers;
        this.constants = constants;
        String name = path.substring(path.lastIndexOf('/') + 1);
        this.fileStem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }

    /** First pass over a file: literals, comments and constant definitions. */
    public static FileScan literals(Language language, String path, boolean test, String text, CodeShapes shapes,
                                    boolean codeNumbers) {
        FileScanner s = new FileScanner(Mode.LITERALS, language, path, test, shapes, codeNumbers, Map.of());
        return s.run(text);
    }

    /** Second pass over a file: the uses of the constants found by the first pass. */
    public static FileScan uses(Language language, String path, boolean test, String text, CodeShapes shapes,
                                Map<String, List<FileScan.Constant>> constants) {
        FileScanner s = new FileScanner(Mode.USES, language, path, test, shapes, false, constants);
        return s.run(text);
    }

    private FileScan run(String text) {
        SourceLexer.lex(language, text, this);
        resolvePending(null);
        endStatement();
        return new FileScan(path, language, test, hits, defined, malformed);
    }

    // ---- lexer events

    @Override
    public void comment(String text, int line) {
        if (mode != Mode.LITERALS) {
            return;
        }
        shapes.find(text, false, new CodeShapes.Found() {
            @Override
            public void code(String code, int lineOffset) {
                hit(code, test ? SiteKind.TEST : SiteKind.COMMENT, line + lineOffset, null);
            }

            @Override
            public void malformed(String written, String reason, int lineOffset) {
                // prose in comments is not held to the spelling rules
            }
        });
    }

    @Override
    public void string(String content, int line, int column) {
        resolvePending(null);
        popPythonFrames(line, column);
        if (mode == Mode.LITERALS) {
            boolean docstring = language == Language.PYTHON && stmtTokens == 0 && atFrameLevel();
            boolean checkBefore = isCheckBefore();
            shapes.find(content, !test && !docstring, new CodeShapes.Found() {
                @Override
                public void code(String code, int lineOffset) {
                    literal(code, line + lineOffset, docstring, checkBefore);
                }

                @Override
                public void malformed(String written, String reason, int lineOffset) {
                    malformed.add(new FileScan.Malformed(written, reason, line + lineOffset, symbol()));
                }
            });
        }
        note("\"", SourceLexer.TokenKind.OP, line);
    }

    @Override
    public void newline(int line) {
        resolvePending(null);
        if ((language.newlineEndsStatement()) && atFrameLevel() && stmtTokens > 0
                && !CONTINUES_LINE.contains(prev)) {
            endStatement();
        }
    }

    @Override
    public void token(SourceLexer.TokenKind kind, String text, int line, int column) {
        resolvePending(text);
        popPythonFrames(line, column);
        if (kind == SourceLexer.TokenKind.OP) {
            operator(text, line);
        } else if (kind == SourceLexer.TokenKind.IDENT) {
            identifier(text, line);
        } else {
            number(text, line);
        }
        note(text, kind, line);
    }

    private void note(String text, SourceLexer.TokenKind kind, int line) {
        if (!(kind == SourceLexer.TokenKind.OP && (text.equals("{") || text.equals("}") || text.equals(";")
                || (text.equals(",") && stmtTokens == 0)))) {
            if (stmtTokens == 0) {
                stmtFirst = text;
            }
            stmtTokens++;
        }
        beforeQualifier = prev3;
        prev3 = prev2;
        prev2 = prev;
        prev = text;
        prevKind = kind;
        lastTokenLine = line;
    }

    // ---- tokens

    private void operator(String op, int line) {
        switch (op) {
            case "(" -> {
                if (prevKind == SourceLexer.TokenKind.IDENT && atFrameLevel() && !CONTROL.contains(prev)
                        && !isTypeKeyword(prev) && !FUNCTION_KEYWORDS.contains(prev)) {
                    callName = prev;
                    if (stmtTokens == 1 && enumConstantsAllowed() && inTypeBody()) {
                        binding = prev; // an enum constant: NAME("ERR_ACME_1") or NAME(1001, ...)
                        afterBinder = true;
                    }
                }
                parenDepth++;
                if (language == Language.GO && ("const".equals(prev) || "var".equals(prev))) {
                    frames.push(new Frame(null, false, false, parenDepth, -1, ')'));
                    resetStatement();
                }
            }
            case ")", "]" -> {
                Frame top = frames.peek();
                if (op.equals(")") && top != null && top.closer == ')' && top.parenDepth == parenDepth) {
                    endStatement();
                    frames.pop();
                }
                parenDepth = Math.max(0, parenDepth - 1);
            }
            case "[" -> parenDepth++;
            case "{" -> {
                if (language == Language.PYTHON) {
                    parenDepth++;
                } else {
                    openBrace();
                }
            }
            case "}" -> {
                if (language == Language.PYTHON) {
                    parenDepth = Math.max(0, parenDepth - 1);
                } else {
                    endStatement();
                    Frame top = frames.peek();
                    if (top != null && top.closer == '}') {
                        frames.pop();
                        parenDepth = top.parenDepth;
                    }
                    resetStatement();
                }
            }
            case ";" -> {
                if (atFrameLevel()) {
                    endStatement();
                }
            }
            case "," -> {
                if (atFrameLevel() && !inFunction()) {
                    // the next enum constant, object entry or declarator; a type or function header goes on
                    // (class A extends B<C, D> {)
                    resolveDeferred();
                    stmtTokens = 0;
                    stmtFirst = null;
                    binding = null;
                    afterBinder = false;
                }
            }
            case "=" -> {
                if (atFrameLevel() && !afterBinder) {
                    String name = binding != null ? binding
                            : prevKind == SourceLexer.TokenKind.IDENT ? prev : null;
                    binding = name;
                    afterBinder = name != null;
                }
            }
            case ":" -> {
                if (pythonHeader && parenDepth == 0) {
                    pushPythonFrame();
                } else if (inCaseLabel) {
                    inCaseLabel = false;
                } else if (atFrameLevel() && !afterBinder && !controlSeen
                        && prevKind == SourceLexer.TokenKind.IDENT && !inFunction()) {
                    binding = prev; // NAME: Type = ... or an object literal's NAME: "ERR_ACME_1"
                    afterBinder = true;
                }
            }
            case "->", "=>" -> inCaseLabel = false;
            default -> {
            }
        }
    }

    private void identifier(String word, int line) {
        if (stmtTokens == 0 && (word.equals("import") || word.equals("use") || word.equals("using")
                || word.equals("from") || word.equals("package"))) {
            inImport = true;
        }
        if ("package".equals(prev) && language == Language.GO) {
            goPackage = word;
        }
        if (typeKeywordPending) {
            typeKeywordPending = false;
            if (typeName == null) {
                typeName = word;
            }
        }
        if (word.equals("case")) {
            inCaseLabel = true;
        }
        if (isTypeKeyword(word) && !".".equals(prev) && !"::".equals(prev)) {
            typeKeywordPending = true;
            typeSeen = true;
        } else if (CONTROL.contains(word) && atFrameLevel()) {
            controlSeen = true;
        }
        if (language == Language.PYTHON && (word.equals("def") || word.equals("class")) && parenDepth == 0) {
            pythonHeader = true;
        }
        if (mode == Mode.USES && !inImport) {
            use(word, line);
        }
    }

    private void number(String text, int line) {
        if (mode != Mode.LITERALS || !codeNumbers || test || inFunction() || binding == null || !afterBinder) {
            return;
        }
        boolean afterAssign = "=".equals(prev);
        boolean enumArgument = "(".equals(prev) && binding.equals(prev2);
        if ((afterAssign || enumArgument) && text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '_')) {
            String digits = text.replace("_", "");
            if (digits.length() <= dev.errdex.catalog.CodeSpelling.MAX_DIGITS) {
                pendingNumberCode = shapes.namespace() + "_" + Integer.parseInt(digits);
                pendingNumberLine = line;
                pendingNumberName = binding;
            }
        }
    }

    // ---- sites

    private void literal(String code, int line, boolean docstring, boolean checkBefore) {
        if (test) {
            hit(code, SiteKind.TEST, line, null);
        } else if (docstring) {
            hit(code, SiteKind.COMMENT, line, null);
        } else if (!inFunction() && afterBinder && binding != null && !inImport) {
            deferred.add(new Deferred(code, line));
        } else {
            pending.add(new Pending(code, line, null, false, checkBefore, false));
        }
    }

    private void use(String word, int line) {
        List<FileScan.Constant> candidates = constants.get(word);
        if (candidates == null) {
            return;
        }
        boolean qualified = ".".equals(prev) || "::".equals(prev);
        FileScan.Constant chosen = null;
        if (qualified) {
            if (prevKind != SourceLexer.TokenKind.OP || prev2 == null) {
                return;
            }
            for (FileScan.Constant c : candidates) {
                if (c.qualifiers().contains(prev2)) {
                    chosen = c;
                    break;
                }
            }
        } else if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else {
            for (FileScan.Constant c : candidates) {
                if (c.path().equals(path)) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null || (chosen.path().equals(path) && chosen.line() == line)) {
            return;
        }
        // a constant bound to another one outside functions (OLD_NAME = NEW_NAME) is an alias, not a raise
        boolean alias = !inFunction() && afterBinder && !qualified && "=".equals(prev);
        boolean check = qualified ? isCheckBefore(prev3, prev3 == null ? null : beforeQualifier)
                : isCheckBefore();
        pending.add(new Pending(chosen.code(), line, chosen.name(), true, check, alias));
    }

    private boolean isCheckBefore() {
        return isCheckBefore(prev, prev2);
    }

    /** Whether a site after {@code before} (and {@code beforeThat} before it) is compared. */
    private boolean isCheckBefore(String before, String beforeThat) {
        if (inCaseLabel || (before != null && CHECK_BEFORE.contains(before))) {
            return true;
        }
        return "(".equals(before) && beforeThat != null && EQUALS_METHODS.contains(beforeThat);
    }

    /**
     * Decides the pending sites now that {@code next} follows them (null: a line break, a string or the end).
     */
    private void resolvePending(String next) {
        if (pendingNumberCode != null) {
            if (next == null || next.equals(";") || next.equals(",") || next.equals(")") || next.equals("}")) {
                define(pendingNumberName, pendingNumberCode, pendingNumberLine);
            }
            pendingNumberCode = null;
        }
        if (pending.isEmpty()) {
            return;
        }
        if (pendingAfterDot) {
            boolean check = next != null && EQUALS_METHODS.contains(next);
            flushPending(check);
            return;
        }
        if (".".equals(next)) {
            pendingAfterDot = true;
            return;
        }
        if (next != null && (next.equals("=") || next.equals("(") || next.equals(":="))
                && pending.get(pending.size() - 1).use()) {
            // the name is assigned or called here: another thing of the same name, not a use of the constant
            pending.remove(pending.size() - 1);
        }
        flushPending(next != null && CHECK_AFTER.contains(next),
                next == null || next.equals(";") || next.equals(",") || next.equals("}") || next.equals(")"));
    }

    private void flushPending(boolean checkAfter) {
        flushPending(checkAfter, false);
    }

    private void flushPending(boolean checkAfter, boolean terminated) {
        for (Pending p : pending) {
            SiteKind kind = test ? SiteKind.TEST
                    : p.alias() && terminated ? SiteKind.DEFINITION
                    : (p.checkBefore() || checkAfter) ? SiteKind.CHECK : SiteKind.RAISE;
            hit(p.code(), kind, p.line(), p.constant());
        }
        pending.clear();
        pendingAfterDot = false;
    }

    private void hit(String code, SiteKind kind, int line, String constant) {
        hits.add(new FileScan.Hit(code, inTestCode() ? SiteKind.TEST : kind, line, symbol(), constant));
    }

    private boolean inTestCode() {
        Frame top = frames.peek();
        return top != null && top.test;
    }

    private void define(String name, String code, int line) {
        if (inTestCode()) {
            hits.add(new FileScan.Hit(code, SiteKind.TEST, line, symbol(), name));
            return;
        }
        Set<String> qualifiers = new LinkedHashSet<>();
        for (Frame f : frames) {
            if (f.type && f.name != null) {
                qualifiers.add(f.name);
            }
        }
        qualifiers.add(fileStem);
        if (goPackage != null) {
            qualifiers.add(goPackage);
        }
        defined.add(new FileScan.Constant(name, code, Set.copyOf(qualifiers), path, line));
        hits.add(new FileScan.Hit(code, SiteKind.DEFINITION, line, symbol(), name));
    }

    // ---- statements and frames

    private void endStatement() {
        resolveDeferred();
        resetStatement();
    }

    private void resolveDeferred() {
        if (!deferred.isEmpty()) {
            long distinct = deferred.stream().map(Deferred::code).distinct().count();
            if (distinct == 1 && binding != null) {
                Deferred first = deferred.get(0);
                define(binding, first.code(), first.line());
            } else {
                for (Deferred d : deferred) {
                    hit(d.code(), SiteKind.RAISE, d.line(), null);
                }
            }
            deferred.clear();
        }
    }

    private void resetStatement() {
        stmtTokens = 0;
        stmtFirst = null;
        binding = null;
        afterBinder = false;
        controlSeen = false;
        typeKeywordPending = false;
        typeName = null;
        typeSeen = false;
        callName = null;
        inImport = false;
        inCaseLabel = false;
    }

    private void openBrace() {
        Frame top = frames.peek();
        boolean outerFunction = top != null && top.function;
        Frame frame;
        if (!atFrameLevel()) {
            // a lambda, anonymous class or object literal inside an argument list
            boolean lambda = "->".equals(prev) || "=>".equals(prev);
            frame = new Frame(null, outerFunction || lambda, false, parenDepth, -1, '}');
        } else if (typeSeen) {
            frame = new Frame(typeName, false, true, parenDepth, -1, '}');
        } else if ("->".equals(prev) || "=>".equals(prev)) {
            frame = new Frame(outerFunction ? null : binding, true, false, parenDepth, -1, '}');
        } else if (controlSeen) {
            frame = new Frame(null, outerFunction, false, parenDepth, -1, '}');
        } else if (callName != null && !"=".equals(prev)) {
            frame = new Frame(outerFunction ? null : callName, true, false, parenDepth, -1, '}');
        } else if ("=".equals(prev) && !outerFunction && binding != null) {
            frame = new Frame(binding, false, true, parenDepth, -1, '}'); // const Codes = { ... }
        } else {
            frame = new Frame(null, outerFunction, false, parenDepth, -1, '}');
        }
        // Rust unit tests live in the source file: mod tests { ... } (under #[cfg(test)])
        frame.test = (top != null && top.test)
                || (language == Language.RUST && typeSeen && ("tests".equals(typeName) || "test".equals(typeName)));
        endStatement();
        frames.push(frame);
    }

    /** At the colon of a {@code def} or {@code class} header: the name is before the first "(", else before ":". */
    private void pushPythonFrame() {
        boolean isClass = "class".equals(stmtFirst);
        String name = callName != null ? callName : (isClass ? prev : null);
        frames.push(new Frame(name, !isClass, isClass, 0, headerIndent, '\0'));
        pythonHeader = false;
        resetStatement();
    }

    private void popPythonFrames(int line, int column) {
        if (language != Language.PYTHON || line == lastTokenLine || parenDepth != 0) {
            return;
        }
        while (!frames.isEmpty() && column <= frames.peek().indent) {
            frames.pop();
        }
        if (!pythonHeader) {
            headerIndent = column;
        }
    }

    private boolean atFrameLevel() {
        Frame top = frames.peek();
        return parenDepth == (top == null ? 0 : top.parenDepth);
    }

    private boolean inFunction() {
        Frame top = frames.peek();
        return top != null && top.function;
    }

    private boolean inTypeBody() {
        Frame top = frames.peek();
        return top != null && top.type;
    }

    private boolean enumConstantsAllowed() {
        return language == Language.JAVA || language == Language.KOTLIN;
    }

    private boolean isTypeKeyword(String word) {
        switch (word) {
            case "class": case "interface": case "enum":
                return true;
            case "struct":
                return language == Language.GO || language == Language.RUST || language == Language.CSHARP;
            case "object":
                return language == Language.KOTLIN;
            case "record":
                return language == Language.JAVA || language == Language.CSHARP;
            case "impl": case "trait": case "mod": case "union":
                return language == Language.RUST;
            case "namespace":
                return language == Language.CSHARP || language == Language.TYPESCRIPT;
            case "type":
                return language == Language.GO;
            default:
                return false;
        }
    }

    /** The enclosing named frames, outermost first, joined by dots. */
    private String symbol() {
        if (frames.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        var it = frames.descendingIterator();
        while (it.hasNext()) {
            Frame f = it.next();
            if (f.name != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(f.name);
            }
        }
        return sb.toString();
    }
}
