package dev.errdex.triage.extract;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.triage.extract.CodeHit.Form;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CodeExtractorTest {

    static final CodeExtractor EXTRACTOR = CodeExtractor.forCatalog(DefaultCatalog.load());

    static Extraction extract(String text) {
        return EXTRACTOR.extract("body", text);
    }

    @Nested
    class Spellings {

        @ParameterizedTest
        @ValueSource(strings = {"ERR_NGROK_3200", "err_ngrok_3200", "ERR-NGROK-3200", "ERR NGROK 3200",
            "ERR.NGROK.3200", "Err_Ngrok_3200", "err-ngrok-3200", "ERR_NGROK_03200", "[ERR_NGROK_3200]",
            "(ERR_NGROK_3200)", "\"ERR_NGROK_3200\":", "ERR_NGROK-3200"})
        void findsCodeTokenInAnySpelling(String spelling) {
            Extraction found = extract("the page said " + spelling + " twice");
            assertThat(found.explicit()).containsExactly("ERR_NGROK_3200");
            assertThat(found.hits()).singleElement().satisfies(h -> {
                assertThat(h.form()).isEqualTo(Form.TOKEN);
                assertThat(h.matched()).isEqualTo(spelling.replaceAll("[\\[\\]()\":]", ""));
            });
        }

        @Test
        void findsCodeInsideDocsUrl() {
            assertThat(extract("see https://ngrok.com/docs/errors/err_ngrok_715/ please").explicit())
                    .containsExactly("ERR_NGROK_715");
        }

        @Test
        void findsCodeInsideJson() {
            assertThat(extract("{\"error_code\":\"ERR_NGROK_502\",\"status_code\":400}").explicit())
                    .containsExactly("ERR_NGROK_502");
        }

        @Test
        void findsCodeAfterEscapedNewlineInPastedLog() {
            assertThat(extract("err=\"Internal Server Error.\\r\\n\\r\\nERR_NGROK_10000\\r\\n\"").explicit())
                    .containsExactly("ERR_NGROK_10000");
        }

        @Test
        void findsNgrokErrorNumber() {
            Extraction found = extract("the agent shows ngrok error 304 right away");
            assertThat(found.explicit()).containsExactly("ERR_NGROK_304");
            assertThat(found.hits().get(0).form()).isEqualTo(Form.QUALIFIED_NUMBER);
            assertThat(found.hits().get(0).matched()).isEqualTo("error 304");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok error code 108", "ngrok error #108", "ngrok error: 108", "ngrok Error 108",
            "ngrok's error 108", "the ngrok agent error 108", "error code 108 from ngrok", "error 108 (ngrok)",
            "Fehler 108 von ngrok", "erreur 108 de ngrok", "código de error 108 de ngrok", "ngrok error code\n108"})
        void findsQualifiedErrorNumberInAnyWording(String text) {
            assertThat(extract("I got " + text + " today").explicit()).containsExactly("ERR_NGROK_108");
        }

        @Test
        void findsNgrokErrorNumberAfterAnotherToolsName() {
            assertThat(extract("ran npm ngrok error 100 came back").explicit()).containsExactly("ERR_NGROK_100");
            assertThat(extract("npm error 100 came back, ngrok is fine").explicit()).isEmpty();
        }

        @Test
        void findsErrorNumberWhenEmailIsAboutNgrok() {
            Extraction found = extract(
                    "The dashboard shows \"Error\n  10090 - The request was not found\". I use ngrok daily.");
            assertThat(found.explicit()).containsExactly("ERR_NGROK_10090");
            assertThat(found.hits().get(0).form()).isEqualTo(Form.CONTEXT_NUMBER);
        }

        @Test
        void findsErrorNumberWhenAnotherCodeSetsTheContext() {
            assertThat(extract("Retrying gives Error 128, and later ERR_NGROK_1221.").explicit())
                    .containsExactly("ERR_NGROK_1221", "ERR_NGROK_128");
        }

        @Test
        void findsListOfErrorNumbers() {
            assertThat(extract("ngrok traffic policy errors: 18011 / 7171 / 3903").explicit())
                    .containsExactly("ERR_NGROK_18011", "ERR_NGROK_3903", "ERR_NGROK_7171");
        }

        @Test
        void reportsWhereEachCodeWasFound() {
            Extraction found = EXTRACTOR.extract("attachment:app.log", "line one\nfailed: ERR_NGROK_108 at start");
            assertThat(found.hits()).singleElement().satisfies(h -> {
                assertThat(h.part()).isEqualTo("attachment:app.log");
                assertThat(h.offset()).isEqualTo(17);
                assertThat(h.snippet()).contains("failed: ERR_NGROK_108 at start");
            });
        }
    }

    @Nested
    class UnknownCodes {

        @Test
        void reportsCodeShapedStringNotInCatalogAsUnknownNeverAsNearCode() {
            Extraction found = extract("monitor recorded err_ngrok_3201 at night");
            assertThat(found.unknown()).containsExactly("ERR_NGROK_3201");
            assertThat(found.explicit()).isEmpty();
        }

        @Test
        void reportsOtherNamespaceAsUnknown() {
            Extraction found = extract("wrapper says ERR_STRIPE_12 and ERR-ACME-7");
            assertThat(found.unknown()).containsExactly("ERR_ACME_7", "ERR_STRIPE_12");
        }

        @Test
        void reportsQualifiedNumberNotInCatalogAsUnknown() {
            assertThat(extract("ngrok error 99999 in the wrapper").unknown()).containsExactly("ERR_NGROK_99999");
        }

        @Test
        void ignoresUnqualifiedErrorNumberNotInCatalog() {
            assertThat(extract("ngrok is fine but the app shows error 99999").isEmpty()).isTrue();
        }
    }

    @Nested
    class FalsePositives {

        @ParameterizedTest
        @ValueSource(strings = {"ngrok http 8080 to localhost:8080", "nginx listens on port 8012",
            "http://127.0.0.1:8000/ with ngrok", "ngrok tcp 3000 --region eu"})
        void ignoresPorts(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok invoice #3200 was charged twice", "purchase order number for ngrok is 4108",
            "order 108 for ngrok", "ticket 3200 about ngrok", "ngrok account 304"})
        void ignoresInvoiceOrderAndTicketNumbers(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok passes 502 Bad Gateway through", "HTTP error 502 through ngrok",
            "through ngrok the app returned error 502", "ngrok error 502 Bad Gateway from nginx",
            "status error 404 with ngrok", "502 errors through ngrok", "nginx error 502 behind ngrok",
            "ngrok shows error 404 Not Found", "ngrok: I get error 503"})
        void ignoresHttpStatuses(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok error at 10:03 and 10:04", "ngrok error 10:03", "error 2026-02-11 ngrok",
            "t=2026-02-11T09:41:05+0000 lvl=eror ngrok", "ngrok error 1700000000"})
        void ignoresTimesDatesAndTimestamps(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok error 10.0.0.1", "blocked ngrok error from 192.168.100.108",
            "ngrok error 3.5.0", "ngrok version 3.19.1 error", "ngrok-agent 2.3.40"})
        void ignoresIpsAndVersions(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ngrok error 500 times a day", "ngrok errors 150 ms apart", "error 304 times ngrok"})
        void ignoresCounts(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"we err on the side of caution 3 times", "see err.log.1 for ngrok",
            "ERR_CONNECTION_REFUSED", "the constant MY_ERR_CODE_1 in our code",
            "net::ERR_HTTP2_PROTOCOL_ERROR", "ngrok error 12", "MySQL error 1045 ngrok",
            "ngrok tunnel up; ERROR 1226 (42000): User has exceeded the resource"})
        void ignoresCodeLookalikes(String text) {
            assertThat(extract(text).isEmpty()).isTrue();
        }

        @Test
        void ignoresBareNumbersNextToNgrok() {
            assertThat(extract("I can't find 3201 in the ngrok error list, nor 3200").isEmpty()).isTrue();
        }
    }
}
