package dev.errdex.triage;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.Fixtures;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.internal.NoMatchIndex;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.MailRejectedException;
import dev.errdex.triage.mail.ReadableEmail;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriageEngineTest {

    private static final List<CatalogEntry> CATALOG = DefaultCatalog.load();
    private final RecordingIndex index = new RecordingIndex();
    private final TriageEngine engine = new TriageEngine(CATALOG, index);

    @Test
    void suggestsWrittenCodesWithAttachAndDoesNotAskTheIndex() {
        TriageResult result = engine.triage(Fixtures.bytes("mail/reply-quoted.eml"));
        // the only code is in the quoted history: still a written code
        assertThat(result.explicit()).containsExactly("ERR_NGROK_3200");
        assertThat(result.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("ERR_NGROK_3200");
            assertThat(s.confidence()).isEqualTo(1.0);
            assertThat(s.attach()).isTrue();
            assertThat(s.evidence()).isNotEmpty();
        });
        assertThat(index.queries).isEmpty();
        assertThat(result.messageId()).isEqualTo("<reply-2@example.com>");
    }

    @Test
    void tellsItsCallerEachStepInOrderAndMatchesOnlyWhenNoCodeIsWritten() {
        List<String> steps = new ArrayList<>();
        TriageSteps recording = new TriageSteps() {
            @Override
            public <T> T run(String step, java.util.function.Supplier<T> work) {
                steps.add(step);
                return work.get();
            }
        };
        engine.triage(bytes("Subject: site down\n\nThe tunnel is up but my app is not reached.\n"), recording);
        assertThat(steps).containsExactly("read", "extract", "match");

        steps.clear();
        TriageResult written = engine.triage(Fixtures.bytes("mail/reply-quoted.eml"), recording);
        assertThat(steps).containsExactly("read", "extract");
        assertThat(written.explicit()).containsExactly("ERR_NGROK_3200");
    }

    @Test
    void ordersWrittenCodesByFirstOccurrenceInTheSendersOwnText() {
        String raw = "Subject: two codes\n\nFirst ERR_NGROK_8012, then ERR_NGROK_108.\n\n"
                + "On Mon, Feb 2, 2026 at 9:00 AM Support <s@example.net> wrote:\n> ERR_NGROK_3200\n";
        TriageResult result = engine.triage(raw.getBytes(StandardCharsets.US_ASCII));
        assertThat(result.explicit()).containsExactly("ERR_NGROK_108", "ERR_NGROK_3200", "ERR_NGROK_8012");
        assertThat(result.suggestions()).extracting(Suggestion::code)
                .containsExactly("ERR_NGROK_8012", "ERR_NGROK_108", "ERR_NGROK_3200");
    }

    @Test
    void asksTheIndexWhenNoCodeIsWritten() {
        index.answer = List.of(new Suggestion("ERR_NGROK_8012", 0.97, true, List.of()));
        TriageResult result = engine.triage(
                bytes("Subject: site down\n\nThe tunnel is up but my app is not reached.\n"));
        assertThat(result.explicit()).isEmpty();
        assertThat(result.suggestions()).extracting(Suggestion::code, Suggestion::attach)
                .containsExactly(tuple("ERR_NGROK_8012", true));
        assertThat(index.queries).singleElement().asString().contains("my app is not reached");
    }

    @Test
    void neverAttachesWhenOnlyUnknownCodesAreWritten() {
        index.answer = List.of(new Suggestion("ERR_NGROK_3200", 0.99, true, List.of()));
        TriageResult result = engine.triage(bytes("Subject: what is err_ngrok_3201\n\nSeen last night.\n"));
        assertThat(result.unknown()).containsExactly("ERR_NGROK_3201");
        assertThat(result.suggestions()).allSatisfy(s -> assertThat(s.attach()).isFalse());
    }

    @Test
    void givesTheMatcherOwnWordsFirstAndLeavesSignaturesOut() {
        ReadableEmail email = new MailReader().read(Fixtures.bytes("mail/reply-quoted.eml"));
        String text = TriageEngine.matcherText(email);
        assertThat(text).startsWith("Re: tunnel stops\n\nIt happened again");
        assertThat(text.indexOf("It happened again")).isLessThan(text.indexOf("Could you send us"));
        assertThat(text).doesNotContain("Example Corp");
    }

    @Test
    void putsForwardedTextAndAttachmentsBeforeQuotedHistory() {
        ReadableEmail email = new MailReader().read(Fixtures.bytes("mail/forwarded-rfc822.eml"));
        String text = TriageEngine.matcherText(email);
        assertThat(text.indexOf("Forwarding the note")).isLessThan(text.indexOf("The dashboard says"));
        assertThat(text.indexOf("The dashboard says")).isLessThan(text.indexOf("NS record check"));
    }

    @Test
    void refusesMailOverALimitWithItsCode() {
        assertThatThrownBy(() -> engine.triage(new byte[0]))
                .isInstanceOfSatisfying(MailRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("ERR_ERRDEX_1200"));
    }

    @Test
    void learnsNewCodesWhenTheCatalogChanges() {
        byte[] raw = bytes("Subject: x\n\nThe API said ERR_NGROK_99999.\n");
        assertThat(engine.triage(raw).unknown()).containsExactly("ERR_NGROK_99999");
        List<CatalogEntry> more = new ArrayList<>(CATALOG);
        more.add(new CatalogEntry("ERR_NGROK_99999", "ERR_NGROK", 99999, "New", "New error", null, null, null,
                null, null, null, null, null, null, null, null));
        engine.catalogChanged(more);
        assertThat(engine.triage(raw).explicit()).containsExactly("ERR_NGROK_99999");
    }

    private static byte[] bytes(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Test double for the search index: answers a fixed list and records the texts it was asked about.
     * REPLACE with {@code LuceneCatalogIndex.inMemory(CATALOG)} once search-index is merged, for the cases that
     * need a real ranking; the recording double stays for "was the index asked" checks.
     */
    private static final class RecordingIndex extends NoMatchIndex {
        final List<String> queries = new ArrayList<>();
        List<Suggestion> answer = List.of();

        @Override
        public List<Suggestion> match(String text, int limit) {
            queries.add(text);
            return answer.size() > limit ? answer.subList(0, limit) : answer;
        }
    }
}
