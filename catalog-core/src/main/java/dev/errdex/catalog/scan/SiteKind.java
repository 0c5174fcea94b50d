package dev.errdex.catalog.scan;

/** What a place in the source does with a code. Only {@link #RAISE} sites count as the places a code is raised. */
public enum SiteKind {
    /** The code is raised (thrown, returned, logged, passed on) here: a string literal or a use of its constant. */
    RAISE,
    /** A constant is bound to the code here (outside any function); its uses are the raise sites. */
    DEFINITION,
    /** The code is compared here ({@code case}, {@code ==}, {@code equals}): code that handles it, not raises it. */
    CHECK,
    /** The code is written in a comment (commented-out code, documentation). */
    COMMENT,
    /** The code appears in a test file. */
    TEST
}
