package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ImapErrorCodeTest {

    @Test
    void codesAreUniqueAndInTheMailboxRange() {
        assertThat(Arrays.stream(ImapErrorCode.values()).map(ImapErrorCode::code))
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("ERR_ERRDEX_12[89]\\d"));
    }

    @Test
    void formattedMessageStartsWithItsCode() {
        assertThat(ImapErrorCode.FOLDER_NOT_FOUND.format("Support", "imap.example.com:993"))
                .isEqualTo("ERR_ERRDEX_1283: The IMAP folder Support does not exist on imap.example.com:993. Create"
                        + " it or set errdex.imap.folder to an existing folder.");
    }
}
