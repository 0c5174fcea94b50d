package dev.errdex.triage.inbound.imap;

import jakarta.mail.Flags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which marking the channel uses for a folder, from the PERMANENTFLAGS the server announces. */
class ProgressMarkingTest {

    private static final String DONE = "$ErrdexProcessed";
    private static final String ASIDE = "$ErrdexQuarantined";

    private static Flags flags(Object... items) {
        Flags f = new Flags();
        for (Object o : items) {
            if (o instanceof Flags.Flag system) {
                f.add(system);
            } else {
                f.add((String) o);
            }
        }
        return f;
    }

    @Test
    void aServerThatKeepsAnyKeywordGetsKeywords() {
        Flags permanent = flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED, Flags.Flag.DELETED, Flags.Flag.USER);

        assertThat(ProgressMarking.choose(permanent, DONE, ASIDE)).isEqualTo(ProgressMarking.KEYWORDS);
    }

    @Test
    void aServerThatListsBothConfiguredKeywordsWithoutBackslashStarGetsKeywords() {
        Flags permanent = flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED, DONE, ASIDE);

        assertThat(ProgressMarking.choose(permanent, DONE, ASIDE)).isEqualTo(ProgressMarking.KEYWORDS);
        assertThat(ProgressMarking.choose(flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED, DONE), DONE, ASIDE))
                .isEqualTo(ProgressMarking.SEEN);
    }

    @Test
    void noPermanentFlagsAtAllMeansEveryFlagIsKeptAsRfc3501Says() {
        assertThat(ProgressMarking.choose(null, DONE, ASIDE)).isEqualTo(ProgressMarking.KEYWORDS);
    }

    @Test
    void withoutKeywordsProcessedMailIsMarkedSeenAndRefusedMailFlagged() {
        ProgressMarking m = ProgressMarking.choose(flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED, Flags.Flag.ANSWERED,
                Flags.Flag.DELETED, Flags.Flag.DRAFT), DONE, ASIDE);

        assertThat(m).isEqualTo(ProgressMarking.SEEN);
        assertThat(m.processed(DONE).contains(Flags.Flag.SEEN)).isTrue();
        assertThat(m.processed(DONE).getUserFlags()).isEmpty();
        assertThat(m.quarantined(ASIDE).contains(Flags.Flag.FLAGGED)).isTrue();
        assertThat(m.quarantined(ASIDE).getUserFlags()).isEmpty();
    }

    @Test
    void seenAndFlaggedBelongToPeopleSoTheyNeverMakeTheChannelSkipAMessage() {
        Flags readByAPerson = flags(Flags.Flag.SEEN, Flags.Flag.FLAGGED);

        assertThat(ProgressMarking.SEEN.alreadyDone(readByAPerson, DONE, ASIDE)).isFalse();
        assertThat(ProgressMarking.NONE.alreadyDone(flags(DONE), DONE, ASIDE)).isFalse();
        assertThat(ProgressMarking.KEYWORDS.alreadyDone(flags(DONE), DONE, ASIDE)).isTrue();
        assertThat(ProgressMarking.KEYWORDS.alreadyDone(flags(ASIDE), DONE, ASIDE)).isTrue();
        assertThat(ProgressMarking.KEYWORDS.alreadyDone(readByAPerson, DONE, ASIDE)).isFalse();
    }

    @Test
    void aServerThatKeepsNeitherKeywordsNorSeenGetsNoMarking() {
        ProgressMarking m = ProgressMarking.choose(flags(Flags.Flag.DELETED), DONE, ASIDE);

        assertThat(m).isEqualTo(ProgressMarking.NONE);
        assertThat(m.processed(DONE)).isNull();
        assertThat(m.quarantined(ASIDE)).isNull();
    }
}
