package dev.errdex.api.ops;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one switch of tracing: the standard {@code OTEL_SDK_DISABLED} (off unless it is {@code false}), or Quarkus's
 * {@code QUARKUS_OTEL_SDK_DISABLED}. Both are read at run time ({@code quarkus.otel.sdk.disabled} in
 * {@code application.properties}), so the packaged service is switched on where it runs; the database wrapper
 * follows the same switch ({@code quarkus.datasource.jdbc.telemetry.enabled}).
 */
public final class Tracing {

    /** Quarkus's run-time switch, which {@code application.properties} takes from {@code OTEL_SDK_DISABLED}. */
    public static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    /** Whether the connection pool hands out traced connections (only while tracing is on). */
    public static final String JDBC_TRACING = "quarkus.datasource.jdbc.telemetry.enabled";

    private Tracing() {
    }

    /** Whether this process traces (read where a per-request path is built, never per request). */
    public static boolean enabled() {
        return !ConfigProvider.getConfig().getOptionalValue(SDK_DISABLED, Boolean.class).orElse(false);
    }
}
