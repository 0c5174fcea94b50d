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
    KEY_CONFIG_INVALID(1304, "errdex.api-keys is invalid: %s.");

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
