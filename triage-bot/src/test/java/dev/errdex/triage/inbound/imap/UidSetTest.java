package dev.errdex.triage.inbound.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UidSetTest {

    @Test
    void compressesRunsOfConsecutiveUids() {
        assertThat(MailboxPoller.uidSet(List.of(1L, 2L, 3L, 5L, 7L, 8L, 4294967295L))).isEqualTo("1:3,5,7:8,4294967295");
        assertThat(MailboxPoller.uidSet(List.of(42L))).isEqualTo("42");
    }
}
