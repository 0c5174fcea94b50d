package dev.errdex.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static dev.errdex.search.internal.TokenAssert.assertAnalyzesTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogAnalyzersTest {

    private static final CatalogAnalyzers ANALYZERS = new CatalogAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void englishStemsLowerCasesAndDropsStopWords() {
        Analyzer english = ANALYZERS.get(CatalogAnalyzers.ENGLISH);
        assertAnalyzesTo(english, "Why are my Tunnels DISCONNECTING?", "tunnel", "disconnect");
        assertAnalyzesTo(english, "The agent's connections were refused", "agent", "connect", "refus");
    }

    @Test
    void englishFoldsAccentsAndKeepsIdentifiersWhole() {
        Analyzer english = ANALYZERS.get(CatalogAnalyzers.ENGLISH);
        assertAnalyzesTo(english, "café x509 ERR_NGROK_8012", "cafe", "x509", "err_ngrok_8012");
    }

    @Test
    void englishSplitsUrlsIntoHostAndPath() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.ENGLISH), "https://dashboard.ngrok.com/billing",
                "http", "dashboard.ngrok.com", "bill");
    }

    @Test
    void phraseMakesStemmedWordPairsAndKeepsStopWords() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.PHRASE), "The endpoint is offline.",
                "the endpoint", "endpoint is", "is offlin");
    }

    @Test
    void phraseOfOneWordIsNothing() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.PHRASE), "offline");
    }

    @Test
    void surfaceKeepsWordsAsWrittenInLowerCase() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.SURFACE), "Agents were Refused", "agents", "were", "refused");
    }

    @Test
    void codeNormalisesEverySpellingToTheCanonicalToken() {
        Analyzer code = ANALYZERS.get(CatalogAnalyzers.CODE);
        assertAnalyzesTo(code, "ERR_NGROK_8012", "err_ngrok_8012");
        assertAnalyzesTo(code, "err-ngrok-08012", "err_ngrok_8012");
        assertAnalyzesTo(code, "see ERR NGROK 3200 now", "err_ngrok_3200");
        assertAnalyzesTo(code, "Err.Ngrok.108", "err_ngrok_108");
    }

    @Test
    void codeKeepsBareNumbersAndDropsWords() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.CODE), "ngrok error 502 on port", "502");
    }

    @Test
    void codeDoesNotReadTheWordErrorAsAPrefix() {
        assertAnalyzesTo(ANALYZERS.get(CatalogAnalyzers.CODE), "error 3200", "3200");
    }

    @Test
    void perFieldPicksTheAnalyzerOfEachField() {
        assertThat(ANALYZERS.terms(CatalogFields.MESSAGE_PAIRS, "tunnel session")).containsExactly("tunnel session");
        assertThat(ANALYZERS.terms(CatalogFields.TITLE, "tunnel sessions")).containsExactly("tunnel", "session");
        assertThat(ANALYZERS.terms(CatalogFields.CODE_SPELLING, "ERR_NGROK_1 1")).containsExactly("err_ngrok_1", "1");
    }

    @Test
    void englishOffsetsPointIntoTheOriginalText() {
        assertThat(TokenAssert.tokensWithOffsets(ANALYZERS.get(CatalogAnalyzers.ENGLISH), "The Tunnels failed"))
                .containsExactly("tunnel@4-11", "fail@12-18");
    }

    @Test
    void unknownAnalyzerNameIsRefused() {
        assertThatThrownBy(() -> ANALYZERS.get("klingon")).isInstanceOf(IllegalArgumentException.class);
    }
}
