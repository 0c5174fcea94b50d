package dev.errdex.api.graphql;

import dev.errdex.api.error.ErrdexErrors;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The result of a mutation in the payload style: the changed object, or the user errors that kept it from changing.
 * A failure the caller can correct in the input (a client error other than access or rate) becomes a
 * {@link UserError}; access failures and failures of errdex itself are thrown on and become GraphQL errors.
 *
 * @param result     the changed object; null when the change was refused
 * @param userErrors why it was refused; empty when it was made
 * @param <T>        the result type
 */
public record MutationOutcome<T>(T result, List<UserError> userErrors) {

    /** A change refused before it was tried. */
    public static <T> MutationOutcome<T> refused(List<UserError> errors) {
        return new MutationOutcome<>(null, List.copyOf(errors));
    }

    /**
     * Runs {@code change}.
     *
     * @param fieldOf the input field a refusal's code is about (e.g. an unknown code: {@code code}), null for none
     */
    public static <T> MutationOutcome<T> of(Supplier<T> change, Function<String, String> fieldOf) {
        try {
            return new MutationOutcome<>(change.get(), List.of());
        } catch (Refused e) {
            return refused(e.errors);
        } catch (RuntimeException e) {
            ErrdexErrors.Described d = ErrdexErrors.describe(e, false);
            if (!correctable(d.status())) {
                throw e;
            }
            return refused(List.of(new UserError(UserError.path(fieldOf.apply(d.code())), d.message(), d.code())));
        }
    }

    /** Thrown inside a change to refuse it with these errors (after a transaction, if any, rolled back). */
    public static class Refused extends RuntimeException {

        private final transient List<UserError> errors;

        public Refused(List<UserError> errors) {
            super(null, null, false, false);
            this.errors = List.copyOf(errors);
        }
    }

    private static boolean correctable(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 429;
    }
}
