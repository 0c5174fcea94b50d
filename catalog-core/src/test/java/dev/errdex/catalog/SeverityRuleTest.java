package dev.errdex.catalog;

import dev.errdex.catalog.CatalogEntry.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityRuleTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "The account `ACCOUNT` has been suspended.                                 | CRITICAL",
            "The ngrok account that was hosting this webpage has been banned for abuse. | CRITICAL",
            "The last payment for the `ACCOUNT` account failed.                        | CRITICAL",
            "internal server error                                                     | CRITICAL",
            "An internal error occurred.                                               | CRITICAL",
            "You are about to visit `HOSTPORT`.                                        | INFO",
            "There were no changes to submit.                                          | INFO",
            "Your account is rate limited to `MAX` API requests per `INTERVAL`.        | WARNING",
            "Something went wrong. Please try your request again later.                | WARNING",
            "Edges are deprecated and no longer available.                             | WARNING",
            "Upstream request timed out.                                               | WARNING",
            "Warning: Your IP does not match the IP Policy for this Account.           | WARNING",
            "Traffic made it to the agent, but the upstream at `ADDR` refused it.      | ERROR",
            "`PROVIDER` rejected authorization due to an internal server error.       | ERROR"})
    void derivesSeverityFromTheWordsOfTheMessage(String message, Severity expected) {
        assertThat(SeverityRule.derive(message)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyMessageIsAnError(String message) {
        assertThat(SeverityRule.derive(message)).isEqualTo(Severity.ERROR);
    }
}
