package dev.errdex.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The spelling of a namespace given on its own (a command's {@code --namespace}): upper case, with the {@code ERR_}
 * prefix that {@link CodeSpelling} requires, so that {@code h2} and {@code H2} are {@code ERR_H2}, whose codes read
 * {@code ERR_H2_90057}. A namespace is {@code ERR}, an underscore and one word of letters and digits.
 */
public final class CodeNamespace {

    private CodeNamespace() {
    }

    /**
     * The canonical namespace.
     *
     * @throws CatalogException {@link CatalogError#NAMESPACE_INVALID} when {@code raw} cannot be a namespace
     */
    public static String canonical(String raw) {
        String ns = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!ns.startsWith("ERR_")) {
            ns = "ERR_" + ns;
        }
        Optional<CodeSpelling.CanonicalCode> probe = CodeSpelling.parse(ns + "_1");
        if (!ns.matches("ERR_[A-Z][A-Z0-9]*") || probe.isEmpty() || !probe.get().namespace().equals(ns)) {
            throw new CatalogException(CatalogError.NAMESPACE_INVALID, "'" + raw + "' is not a namespace");
        }
        return ns;
    }
}
