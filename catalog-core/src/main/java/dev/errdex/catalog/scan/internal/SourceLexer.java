package dev.errdex.catalog.scan.internal;

/**
 * A forgiving lexer for the scanner's languages: it tells string literals, comments, identifiers, numbers and
 * operators apart and counts lines. It does not build a syntax tree and never fails: text it cannot make sense of is
 * passed over one character at a time.
 */
final class SourceLexer {

    /** What the lexer found; called in source order. */
    interface Sink {
        /** An identifier, keyword, number or operator outside strings and comments. */
        void token(TokenKind kind, String text, int line, int column);

        /** The content of a string literal (without its quotes, escapes left as written), where it starts. */
        void string(String content, int line, int column);

        /** The text of a comment and its first line. */
        void comment(String text, int line);

        /** A line break outside strings and comments. */
        void newline(int line);
    }

    enum TokenKind { IDENT, NUMBER, OP }

    private static final String[] OPERATORS = {
        "===", "!==", "==", "!=", "=>", "->", "::", "<=", ">=", ":=", "&&", "||", "+=", "-=", "++", "--"
    };

    private final Language language;
    private final String text;
    private final Sink sink;
    private int pos;
    private int line = 1;
    private int lineStart;
    /** Whether the last token could end an operand (then a slash divides, else it starts a regular expression). */
    private boolean afterOperand;

    private SourceLexer(Language language, String text, Sink sink) {
        this.language = language;
        this.text = text;
        this.sink = sink;
    }

    static void lex(Language language, String text, Sink sink) {
        new SourceLexer(language, text, sink).run();
    }

    private void run() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == '\n') {
                sink.newline(line);
                newline(pos);
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#' && language == Language.PYTHON) {
                lineComment(1);
            } else if (c == '/' && peek(1) == '/') {
                lineComment(2);
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else if (c == '/' && language.syntax() == Language.Syntax.SCRIPT && !afterOperand) {
                regex();
            } else if (c == '"' || (c == '\'' && language.singleQuotedStrings())
                    || (c == '`' && language.backtickStrings())) {
                quoted(pos, 0);
            } else if (c == '\'') {
                charOrLifetime();
            } else if (c == '@' && language == Language.CSHARP && peek(1) == '"') {
                verbatim(pos + 1);
            } else if ((c == '$' || c == '@') && language == Language.CSHARP && (peek(1) == '"'
                    || ((peek(1) == '@' || peek(1) == '$') && peek(2) == '"'))) {
                int quote = peek(1) == '"' ? pos + 1 : pos + 2;
                if (text.charAt(pos + 1) == '@' || c == '@') {
                    verbatim(quote);
                } else {
                    quoted(quote, quote - pos);
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                identifierOrPrefixedString();
            } else if (c >= '0' && c <= '9') {
                number();
            } else {
                operator();
            }
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private int column(int at) {
        return at - lineStart + 1;
    }

    private void newline(int at) {
        line++;
        lineStart = at + 1;
    }

    private void lineComment(int markerLength) {
        int start = pos + markerLength;
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        sink.comment(text.substring(start, end), line);
        pos = end;
    }

    private void blockComment() {
        int startLine = line;
        int start = pos + 2;
        int depth = 1;
        int i = start;
        int n = text.length();
        while (i < n && depth > 0) {
            char c = text.charAt(i);
            if (c == '\n') {
                newline(i);
                i++;
            } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '/') {
                depth--;
                i += 2;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*' && language.nestedBlockComments()) {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        int end = depth == 0 ? i - 2 : n;
        sink.comment(text.substring(start, Math.max(start, end)), startLine);
        pos = i;
    }

    /** A JavaScript regular expression literal, passed over to the closing slash on the same line. */
    private void regex() {
        int i = pos + 1;
        boolean inClass = false;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                // not a regular expression after all: read the slash as an operator
                emit(TokenKind.OP, "/", pos);
                pos++;
                return;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            i++;
        }
        pos = Math.min(i + 1, n);
        while (pos < n && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        afterOperand = true;
    }

    /**
     * A string opened by the quote at {@code quoteAt}; {@code prefix} characters before it belong to the literal.
     * Triple quotes open a multi-line string where the language has them; a single-quoted string ends at its line.
     */
    private void quoted(int quoteAt, int prefix) {
        char q = text.charAt(quoteAt);
        int startLine = line;
        int startColumn = column(quoteAt - prefix);
        int n = text.length();
        boolean triple = q != '`' && language.tripleQuotedStrings() && quoteAt + 2 < n
                && text.charAt(quoteAt + 1) == q && text.charAt(quoteAt + 2) == q;
        boolean raw = q == '`' && language == Language.GO;
        boolean multiline = triple || q == '`';
        int start = quoteAt + (triple ? 3 : 1);
        int i = start;
        int end = -1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && !raw && !(triple && language == Language.KOTLIN)) {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    newline(i + 1);
                }
                i += 2;
                continue;
            }
            if (c == '\n') {
                if (!multiline) {
                    end = i; // unterminated: the string ends with its line
                    break;
                }
                newline(i);
            } else if (c == q && (!triple || (i + 2 < n && text.charAt(i + 1) == q && text.charAt(i + 2) == q))) {
                end = i;
                i += triple ? 3 : 1;
                break;
            }
            i++;
        }
        if (end < 0) {
            end = n;
            i = n;
        }
        sink.string(text.substring(start, Math.min(end, n)), startLine, startColumn);
        pos = i;
        afterOperand = true;
    }

    /** A C# verbatim string ({@code @"..."}), where a doubled quote stands for one and backslashes are plain. */
    private void verbatim(int quoteAt) {
        int startLine = line;
        int startColumn = column(pos);
        int i = quoteAt + 1;
        int n = text.length();
        int end = n;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < n && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                end = i;
                i++;
                break;
            }
            if (c == '\n') {
                newline(i);
            }
            i++;
        }
        sink.string(text.substring(quoteAt + 1, Math.min(end, n)), startLine, startColumn);
        pos = Math.min(i, n);
        afterOperand = true;
    }

    /** A character literal ({@code 'x'}, {@code '\n'}) or, in Rust, a lifetime ({@code 'a}), which is skipped. */
    private void charOrLifetime() {
        int n = text.length();
        if (peek(1) == '\\') {
            int close = text.indexOf('\'', pos + 2);
            int eol = text.indexOf('\n', pos);
            pos = close < 0 || (eol >= 0 && close > eol) ? pos + 1 : close + 1;
        } else if (pos + 2 < n && text.charAt(pos + 2) == '\'') {
            pos += 3;
        } else {
            pos++; // a lifetime or a stray quote
            return;
        }
        afterOperand = true;
    }

    private void identifierOrPrefixedString() {
        int start = pos;
        int n = text.length();
        int i = pos + 1;
        while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
            i++;
        }
        String word = text.substring(start, i);
        if (i < n && isStringPrefix(word, text.charAt(i))) {
            if (language == Language.RUST && (word.equals("r") || word.equals("br"))) {
                rustRaw(i);
            } else {
                quoted(i, word.length());
            }
            return;
        }
        emit(TokenKind.IDENT, word, start);
        pos = i;
        afterOperand = !isKeywordBeforeExpression(word);
    }

    private boolean isStringPrefix(String word, char next) {
        if (language == Language.PYTHON) {
            return (next == '"' || next == '\'') && word.length() <= 3
                    && word.chars().allMatch(ch -> "rRbBfFuU".indexOf(ch) >= 0);
        }
        if (language == Language.RUST) {
            return (next == '"' || (next == '#' && (word.equals("r") || word.equals("br"))))
                    && (word.equals("b") || word.equals("r") || word.equals("br") || word.equals("c"));
        }
        return false;
    }

    /** A Rust raw string: {@code r"..."} or {@code r#"..."#} with any number of hashes. */
    private void rustRaw(int at) {
        int hashes = 0;
        int n = text.length();
        int i = at;
        while (i < n && text.charAt(i) == '#') {
            hashes++;
            i++;
        }
        if (i >= n || text.charAt(i) != '"') {
            pos = at;
            return;
        }
        int startLine = line;
        int startColumn = column(pos);
        int start = i + 1;
        String close = "\"" + "#".repeat(hashes);
        int end = text.indexOf(close, start);
        if (end < 0) {
            end = n;
        }
        for (int k = start; k < end; k++) {
            if (text.charAt(k) == '\n') {
                newline(k);
            }
        }
        sink.string(text.substring(start, end), startLine, startColumn);
        pos = Math.min(end + close.length(), n);
        afterOperand = true;
    }

    private static boolean isKeywordBeforeExpression(String word) {
        switch (word) {
            case "return": case "typeof": case "case": case "in": case "of": case "new": case "delete":
            case "void": case "throw": case "else": case "do": case "yield": case "await":
                return true;
            default:
                return false;
        }
    }

    private void number() {
        int start = pos;
        int n = text.length();
        int i = pos;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || (text.charAt(i) == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))))) {
            i++;
        }
        emit(TokenKind.NUMBER, text.substring(start, i), start);
        pos = i;
        afterOperand = true;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (text.startsWith(op, pos)) {
                emit(TokenKind.OP, op, pos);
                pos += op.length();
                afterOperand = false;
                return;
            }
        }
        char c = text.charAt(pos);
        emit(TokenKind.OP, String.valueOf(c), pos);
        pos++;
        afterOperand = c == ')' || c == ']' || c == '}';
    }

    private void emit(TokenKind kind, String token, int at) {
        sink.token(kind, token, line, column(at));
    }
}
