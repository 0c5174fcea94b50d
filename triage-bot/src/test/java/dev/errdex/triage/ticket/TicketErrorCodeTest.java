package dev.errdex.triage.ticket;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TicketErrorCodeTest {

    @Test
    void codesAreUniqueInTheTicketRangeAndSayWhatToDo() {
        assertThat(Arrays.stream(TicketErrorCode.values()).map(TicketErrorCode::code)).doesNotHaveDuplicates()
                .allSatisfy(c -> assertThat(Integer.parseInt(c.substring("ERR_ERRDEX_".length())))
                        .isBetween(1400, 1439));
        assertThat(TicketErrorCode.values()).allSatisfy(e -> assertThat(e.guidance()).endsWith("."));
        assertThat(new TicketException(TicketErrorCode.TICKET_NOT_FOUND, "no ticket 7").getMessage())
                .isEqualTo("ERR_ERRDEX_1400: no ticket 7. " + TicketErrorCode.TICKET_NOT_FOUND.guidance());
    }
}
