package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;

import java.util.Arrays;
import java.util.Locale;

/** How a {@link ScanReport} is written. */
public enum ReportFormat {
    /** Lines for a person: a summary, the sites per code, the findings as {@code path:line: kind code: message}. */
    TEXT,
    /** One JSON document: summary, codes with their sites, findings. */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning and IDEs: one result per finding. */
    SARIF;

    /** The format named {@code text}, {@code json} or {@code sarif} (any case). */
    public static ReportFormat parse(String name) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        throw new CatalogException(CatalogError.REPORT_FORMAT, "unknown format '" + name + "'; use one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
