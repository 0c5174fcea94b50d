package dev.errdex.api.cli;

import dev.errdex.api.security.ApiKeyStore;
import dev.errdex.api.security.ApiKeys;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The key commands of {@code quarkus-run.jar}:
 * <pre>
 * keys create --role reader|agent|editor|admin [--name NAME]   prints the new key once (only its SHA-256 is kept);
 *                                                               history shows NAME (default: the key's id)
 * keys revoke ID                                                the key stops working
 * keys list                                                     id, name, role, created, revoked (never keys)
 * </pre>
 */
@ApplicationScoped
public class KeysCommand {

    static final String HELP = """
                   java -jar quarkus-run.jar keys create --role reader|agent|editor|admin [--name NAME]
                   java -jar quarkus-run.jar keys revoke ID
                   java -jar quarkus-run.jar keys list
            """;

    private final ApiKeyStore store;

    KeysCommand(ApiKeyStore store) {
        this.store = store;
    }

    /** Runs {@code keys ...} (args without the leading "keys"); returns the exit status. */
    int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            return usage(err, "keys needs create, revoke or list");
        }
        return switch (args.get(0)) {
            case "create" -> create(args.subList(1, args.size()), out, err);
            case "revoke" -> {
                if (args.size() != 2) {
                    yield usage(err, "keys revoke takes one ID");
                }
                if (store.revoke(args.get(1))) {
                    err.println("revoked " + args.get(1) + " (a running service stops accepting it within "
                            + ApiKeys.CACHE_SECONDS + " s)");
                    yield CatalogCommand.OK;
                }
                err.println("no active key " + args.get(1) + " (see keys list)");
                yield CatalogCommand.FAILED;
            }
            case "list" -> {
                store.list().forEach(k -> out.printf("%s\t%s\t%s\t%s\t%s%n", k.id(), k.name(), k.role().id(),
                        k.createdAt(), k.revokedAt() == null ? "active" : "revoked " + k.revokedAt()));
                yield CatalogCommand.OK;
            }
            default -> usage(err, "unknown keys command '" + args.get(0) + "'");
        };
    }

    private int create(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> role = option(args, "--role");
        Optional<String> name = option(args, "--name");
        if (role.isEmpty() || args.size() != (name.isPresent() ? 4 : 2)) {
            return usage(err, "keys create needs --role and takes an optional --name");
        }
        Optional<ApiKeys.Role> r = ApiKeys.Role.parse(role.get());
        if (r.isEmpty()) {
            return usage(err, "role '" + role.get() + "' is not reader, agent, editor or admin");
        }
        ApiKeyStore.CreatedKey created;
        try {
            created = store.create(r.get(), name.orElse(null));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return CatalogCommand.FAILED;
        }
        out.println(created.key());
        err.printf("created key %s (%s, role %s); it is shown only this once: store it now%n",
                created.stored().id(), created.stored().name(), r.get().id());
        return CatalogCommand.OK;
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.print(HELP);
        return CatalogCommand.USAGE;
    }
}
