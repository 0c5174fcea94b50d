package dev.errdex.api.cli;

/**
 * A command of {@link ErrdexCommands} that can run in plain Java, before (and without) Quarkus: no datasource,
 * Flyway, seeding or index. {@link ErrdexCommands#answerWithoutStarting} runs it when {@link #needsService()} is
 * false for the parsed options (e.g. {@code scan} without {@code --record}).
 */
public interface PlainJavaCommand {

    /** True when the parsed options need the configured database, so the application must start. */
    boolean needsService();
}
