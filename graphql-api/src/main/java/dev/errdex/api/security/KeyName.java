package dev.errdex.api.security;

import java.util.regex.Pattern;

/**
 * The name of an API key, which history shows ({@code key:<name>}) instead of anything derived from the key. Names
 * are 1-64 letters, digits, dots, dashes or underscores, unique among created keys; {@code configured-} is left to
 * keys from {@code errdex.api-keys}.
 */
public final class KeyName {

    /** The rule, as told to whoever chose a name that breaks it. */
    public static final String RULE = "1-64 letters, digits, '.', '-' or '_'";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private KeyName() {
    }

    /** Whether {@code name} follows {@link #RULE}. */
    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** What history records for the key named {@code name}. */
    public static String principal(String name) {
        return "key:" + name;
    }
}
