package dev.errdex.api.relay;

import dev.errdex.api.relay.GlobalId.NodeType;
import dev.errdex.catalog.query.PageCursor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIdTest {

    @Test
    void anIdGivesBackItsTypeAndKey() {
        String id = NodeType.HISTORY_ENTRY.id("ERR_NGROK_8012:3");

        assertThat(id).doesNotContain("8012").doesNotContain("=");
        assertThat(GlobalId.parse(id)).contains(new GlobalId(NodeType.HISTORY_ENTRY, "ERR_NGROK_8012:3"));
    }

    @Test
    void codesCursorsAndTicketNumbersAreNotIds() {
        assertThat(GlobalId.parse("ERR_NGROK_8012")).isEmpty();
        assertThat(GlobalId.parse("42")).isEmpty();
        assertThat(GlobalId.parse(new PageCursor("c1:").encode("ERR_NGROK_8012"))).isEmpty();
        assertThat(GlobalId.parse(NodeType.TICKET.id(""))).as("an empty key").isEmpty();
    }

    @Test
    void aTicketArgumentTakesTheGlobalIdOrTheNumber() {
        assertThat(GlobalId.keyOf(NodeType.TICKET.id("42"), NodeType.TICKET)).isEqualTo("42");
        assertThat(GlobalId.keyOf("42", NodeType.TICKET)).isEqualTo("42");
        assertThat(GlobalId.keyOf(NodeType.ERROR_CODE.id("ERR_NGROK_8012"), NodeType.TICKET))
                .as("an id of another type is passed on as it is, and then found nowhere")
                .isEqualTo(NodeType.ERROR_CODE.id("ERR_NGROK_8012"));
    }
}
