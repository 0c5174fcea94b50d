package dev.errdex.api.cli;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import picocli.CommandLine;

import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * Runs a command of {@link ErrdexCommands} in the started application: the commands are CDI beans, so they reach the
 * catalog, keys and tickets.
 */
@ApplicationScoped
public class CommandRunner {

    /** Runs one command line; messages go to {@code err}, results to {@code out}; returns the exit status. */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        OptionalInt answered = ErrdexCommands.answerWithoutStarting(args, out, err);
        if (answered.isPresent()) {
            return answered.getAsInt();
        }
        return ErrdexCommands.commandLine(CommandRunner::create, out, err).execute(args);
    }

    private static <K> K create(Class<K> type) throws Exception {
        InstanceHandle<K> bean = Arc.container().instance(type);
        return bean.isAvailable() ? bean.get() : CommandLine.defaultFactory().create(type);
    }
}
