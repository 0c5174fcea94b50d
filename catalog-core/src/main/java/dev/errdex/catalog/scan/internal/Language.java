package dev.errdex.catalog.scan.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages the scanner reads, told apart by file extension, with the lexical rules the lexer needs. */
public enum Language {
    JAVA(Set.of("java"), Syntax.C_LIKE, false),
    KOTLIN(Set.of("kt", "kts"), Syntax.C_LIKE, true),
    GO(Set.of("go"), Syntax.C_LIKE, true),
    TYPESCRIPT(Set.of("ts", "tsx", "mts", "cts"), Syntax.SCRIPT, true),
    JAVASCRIPT(Set.of("js", "jsx", "mjs", "cjs"), Syntax.SCRIPT, true),
    PYTHON(Set.of("py", "pyi"), Syntax.PYTHON, true),
    RUST(Set.of("rs"), Syntax.C_LIKE, false),
    CSHARP(Set.of("cs"), Syntax.C_LIKE, false);

    /** Broad families of lexical rules; the lexer refines them per language. */
    enum Syntax { C_LIKE, SCRIPT, PYTHON }

    private final Set<String> extensions;
    private final Syntax syntax;
    private final boolean newlineEndsStatement;

    Language(Set<String> extensions, Syntax syntax, boolean newlineEndsStatement) {
        this.extensions = extensions;
        this.syntax = syntax;
        this.newlineEndsStatement = newlineEndsStatement;
    }

    /** The language of a file name, or empty when the scanner does not read it. */
    public static Optional<Language> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.extensions.contains(ext)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    Syntax syntax() {
        return syntax;
    }

    /** Whether a line break ends a statement (outside brackets), as in Go, Kotlin, Python and JavaScript. */
    boolean newlineEndsStatement() {
        return newlineEndsStatement;
    }

    /** Block comments nest in Rust and Kotlin. */
    boolean nestedBlockComments() {
        return this == RUST || this == KOTLIN;
    }

    /** Single quotes delimit strings (not characters) in JavaScript, TypeScript and Python. */
    boolean singleQuotedStrings() {
        return syntax != Syntax.C_LIKE;
    }

    /** Backticks delimit raw strings in Go and template literals in JavaScript and TypeScript. */
    boolean backtickStrings() {
        return this == GO || syntax == Syntax.SCRIPT;
    }

    /** Triple-quoted strings: Python, Kotlin raw strings, Java text blocks, C# raw strings. */
    boolean tripleQuotedStrings() {
        return this == PYTHON || this == KOTLIN || this == JAVA || this == CSHARP;
    }

    /** The lower-case name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
