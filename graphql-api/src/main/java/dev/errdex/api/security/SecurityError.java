package dev.errdex.api.security;

import dev.errdex.catalog.ErrdexCode;

/** errdex's own error codes for access control (ERR_ERRDEX_13xx). */
public enum SecurityError implements ErrdexCode {
    /** No key was sent where one is needed. */
    KEY_MISSING(1301, "This operation needs an API key: send it as 'Authorization: Bearer <key>'."),
    /** The key sent is not known (wrong, revoked, or mistyped). */
    KEY_INVALID(1302, "The API key was not accepted: check it was copied whole, or ask an admin for a new one."),
    /** The key is valid but its role does not allow the operation. */
    ROLE_FORBIDDEN(1303, "The API key's role does not allow this operation: use a key with the role it needs."),
    /** The configured key list cannot be read. */
    KEY_CONFIG_INVALID(1304, "errdex.api-keys is invalid: %s."),
    /** A key name breaks the naming rule. */
    KEY_NAME_INVALID(1305, "The key name '%s' is not valid: use " + KeyName.RULE
            + ", not starting with 'configured-' (that is left to keys from errdex.api-keys)."),
    /** Another key already has the name. */
    KEY_NAME_TAKEN(1306, "A key named '%s' exists already: choose another name (see keys list)."),
    /** Too many unknown keys came from one client address. */
    KEYS_THROTTLED(1307, "Too many requests with unknown API keys came from your address: wait the number of seconds"
            + " in Retry-After, then send a valid key (ask an admin for one).");

    private final int number;
    private final String text;

    SecurityError(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** The message template (%s for arguments). */
    public String template() {
        return text;
    }

    /** The message, with arguments filled in (same as {@link #format}). */
    public String message(Object... args) {
        return format(args);
    }
}
