package dev.errdex.triage.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text kept of a search gap: normalised, nothing that identifies a person or a system, bounded. */
class QueryTextTest {

    @Test
    void caseAndSpacesAreNormalised() {
        assertThat(QueryText.normalised("  Tunnel   SESSION\tlimit \n", 200)).isEqualTo("tunnel session limit");
    }

    @Test
    void addressesUrlsTokensAndLongNumbersAreMasked() {
        String text = "Ana.Lima+ngrok@customer.example.com cannot reach https://foo.ngrok.app/x?y=1 from 10.0.12.7:8080"
                + " or fe80::1ff:fe23:4567:890a with authtoken 2Ye1Wd8RkP0mQzXv3cN7aTbLs5u, account 123456789";

        assertThat(QueryText.normalised(text, 200)).isEqualTo(
                "<email> cannot reach <url> from <ip> or <ip> with authtoken <token>, account <n>");
    }

    @Test
    void codesPortsAndShortNumbersStay() {
        assertThat(QueryText.normalised("ERR_NGROK_8012 on port 3000", 200)).isEqualTo("err_ngrok_8012 on port 3000");
    }

    @Test
    void longTextIsCutAtAWordWithinTheLimit() {
        String cut = QueryText.normalised("word ".repeat(100), 42);

        assertThat(cut).hasSizeLessThanOrEqualTo(42).endsWith("word").doesNotEndWith(" ");
    }
}
