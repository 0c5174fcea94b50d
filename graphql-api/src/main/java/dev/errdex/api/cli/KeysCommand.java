package dev.errdex.api.cli;

import dev.errdex.api.security.ApiKeyStore;
import dev.errdex.api.security.ApiKeys;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code keys create --role reader|agent|editor|admin [--name NAME]}, {@code keys revoke ID}, {@code keys list}: API
 * keys kept in the database (only a key's SHA-256 is stored).
 */
@Command(name = "keys", description = "Create, revoke and list API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.Revoke.class, KeysCommand.ListKeys.class})
public class KeysCommand {

    @Mixin
    ErrdexCommands.HelpOption help;

    /** {@code keys create}: prints the new key once. */
    @Dependent
    @Unremovable
    @Command(name = "create", description = {"Create a key and print it once (only its SHA-256 is kept).",
            "History shows NAME (default: the key's id)."})
    public static class Create implements Callable<Integer> {

        @Mixin
        ErrdexCommands.HelpOption help;

        @Option(names = "--role", required = true, paramLabel = "reader|agent|editor|admin",
                converter = RoleConverter.class, description = "What the key may do.")
        ApiKeys.Role role;

        @Option(names = "--name", paramLabel = "NAME", description = "1-64 letters, digits, '.', '-' or '_'.")
        String name;

        @Spec
        CommandSpec spec;

        @Inject
        ApiKeyStore store;

        @Override
        public Integer call() {
            ApiKeyStore.CreatedKey created;
            try {
                created = store.create(role, name);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return ErrdexCommands.FAILED;
            }
            spec.commandLine().getOut().println(created.key());
            spec.commandLine().getErr().printf("created key %s (%s, role %s); it is shown only this once: store it"
                    + " now%n", created.stored().id(), created.stored().name(), role.id());
            return ErrdexCommands.OK;
        }
    }

    /** {@code keys revoke ID}. */
    @Dependent
    @Unremovable
    @Command(name = "revoke", description = "Revoke a key: it stops working.")
    public static class Revoke implements Callable<Integer> {

        @Mixin
        ErrdexCommands.HelpOption help;

        @Parameters(paramLabel = "ID", description = "The key's id (see keys list).")
        String id;

        @Spec
        CommandSpec spec;

        @Inject
        ApiKeyStore store;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (store.revoke(id)) {
                err.println("revoked " + id + " (a running service stops accepting it within " + ApiKeys.CACHE_SECONDS
                        + " s)");
                return ErrdexCommands.OK;
            }
            err.println("no active key " + id + " (see keys list)");
            return ErrdexCommands.FAILED;
        }
    }

    /** {@code keys list}: id, name, role, created, revoked; never keys. */
    @Dependent
    @Unremovable
    @Command(name = "list", description = "List keys: id, name, role, created, active or revoked (never the keys).")
    public static class ListKeys implements Callable<Integer> {

        @Mixin
        ErrdexCommands.HelpOption help;

        @Spec
        CommandSpec spec;

        @Inject
        ApiKeyStore store;

        @Override
        public Integer call() {
            store.list().forEach(k -> spec.commandLine().getOut().printf("%s\t%s\t%s\t%s\t%s%n", k.id(), k.name(),
                    k.role().id(), k.createdAt(), k.revokedAt() == null ? "active" : "revoked " + k.revokedAt()));
            return ErrdexCommands.OK;
        }
    }

    /** A role by its id, any case; anything else is a usage error. */
    static class RoleConverter implements CommandLine.ITypeConverter<ApiKeys.Role> {
        @Override
        public ApiKeys.Role convert(String value) {
            return ApiKeys.Role.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "'" + value + "' is not reader, agent, editor or admin"));
        }
    }
}
