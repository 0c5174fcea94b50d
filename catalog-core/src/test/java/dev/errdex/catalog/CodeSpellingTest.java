package dev.errdex.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeSpellingTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ERR_NGROK_8012", "err_ngrok_8012", "ERR-NGROK-8012", "ERR NGROK 8012", "Err_Ngrok_08012", "ERR_NGROK_-8012",
            "ERR.NGROK.8012", "err-ngrok-8012", "ERR__NGROK__8012", "ERR_NGROK8012", "  ERR_NGROK_8012\t",
            "\"ERR_NGROK_8012\"", "'err_ngrok_8012'", "`ERR_NGROK_8012`", "8012", "08012", " 8012 "})
    void readsEverySpellingOfTheIssueAsTheCanonicalCode(String spelling) {
        assertThat(CodeSpelling.canonical(spelling)).contains("ERR_NGROK_8012");
    }

    @Test
    void readsABareNumberInTheDefaultNamespace() {
        CodeSpelling.CanonicalCode code = CodeSpelling.parse("3200").orElseThrow();

        assertThat(code.namespace()).isEqualTo(CodeSpelling.DEFAULT_NAMESPACE);
        assertThat(code.number()).isEqualTo(3200);
        assertThat(code.slug()).isEqualTo("err_ngrok_3200");
    }

    @Test
    void keepsOtherNamespaces() {
        assertThat(CodeSpelling.canonical("err-errdex-1004")).contains("ERR_ERRDEX_1004");
        assertThat(CodeSpelling.canonical("ERR_NGROK2_5")).contains("ERR_NGROK2_5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "ERR_NGROK_0", "ERR_NGROK_0000"})
    void dropsLeadingZerosButKeepsAZero(String spelling) {
        assertThat(CodeSpelling.canonical(spelling)).contains("ERR_NGROK_0");
    }

    @Test
    void dropsAnyNumberOfLeadingZeros() {
        assertThat(CodeSpelling.canonical("ERR_NGROK_0000000008012")).contains("ERR_NGROK_8012");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ", "hello", "ERR_NGROK", "ERR_NGROK_", "ERR_8012", "NGROK_8012", "ngrok 8012", "error 8012",
            "ERR_NGROK_80_12", "ERR_NGROK_8012x", "ERRNGROK8012", "-8012", "+8012", "80.12", "8012.0",
            "ERR_NGROK_8012 ERR_NGROK_3200", "ERR_NGROK_８０１２", "ERR–NGROK–8012", "\"ERR_NGROK_8012'", "``"})
    void answersNotACodeForGarbage(String garbage) {
        assertThat(CodeSpelling.parse(garbage)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ERR_NGROK_12345678", "123456789", "99999999999999999999", "ERR_NGROK_2147483648"})
    void rejectsNumbersLongerThanSevenDigitsInsteadOfOverflowing(String tooLong) {
        assertThat(CodeSpelling.parse(tooLong)).isEmpty();
    }

    @Test
    void acceptsTheLongestAllowedNumber() {
        assertThat(CodeSpelling.canonical("ERR_NGROK_9999999")).contains("ERR_NGROK_9999999");
    }

    @Test
    void rejectsInputLongerThanSixtyFourCharacters() {
        assertThat(CodeSpelling.parse("ERR_" + "N".repeat(60) + "_1")).isEmpty();
    }

    @Test
    void requireExplainsHowToWriteACode() {
        assertThatThrownBy(() -> CodeSpelling.require("not-a-code"))
                .isInstanceOf(CodeSpelling.NotACodeException.class)
                .hasMessageContaining("'not-a-code' is not an error code")
                .hasMessageContaining("ERR_NGROK_8012");
    }

    @Test
    void requireAbbreviatesLongInputInItsMessage() {
        String longInput = "x".repeat(100);

        assertThatThrownBy(() -> CodeSpelling.require(longInput))
                .hasMessageContaining("x".repeat(40) + "...")
                .satisfies(e -> assertThat(((CodeSpelling.NotACodeException) e).input()).isEqualTo(longInput));
    }
}
