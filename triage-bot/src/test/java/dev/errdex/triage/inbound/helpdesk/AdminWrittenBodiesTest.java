package dev.errdex.triage.inbound.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The bodies an admin writes into a Zendesk trigger or a Freshdesk automation: placeholders are pasted into JSON
 * strings as they are, so a multi-line description arrives with raw line breaks.
 */
class AdminWrittenBodiesTest {

    private static final String BODY = "{\"ticket_id\": \"42\", \"subject\": \"Tunnel fails\","
            + " \"description\": \"Hello,\n\tmy agent says ERR_NGROK_8012\r\nthanks\","
            + " \"requester_email\": \"ana@example.com\"}";

    @Test
    void aZendeskDescriptionWithRawLineBreaksIsReadWithThem() {
        HelpdeskEvent event = HelpdeskPayloads.read(HelpdeskSystem.ZENDESK, BODY.getBytes(StandardCharsets.UTF_8));
        assertEquals("42", event.externalId());
        assertTrue(event.text().contains("Hello,\n\tmy agent says ERR_NGROK_8012\r\nthanks"), event.text());
    }

    @Test
    void aFreshdeskDescriptionWithRawLineBreaksIsReadWithThem() {
        HelpdeskEvent event = HelpdeskPayloads.read(HelpdeskSystem.FRESHDESK, BODY.getBytes(StandardCharsets.UTF_8));
        assertTrue(event.text().contains("ERR_NGROK_8012"), event.text());
    }

    @Test
    void aDoubleQuoteInsideAPlaceholderIsStillRefusedWithItsCode() {
        String broken = BODY.replace("Tunnel fails", "the \"agent\" fails");
        HelpdeskInboundException e = assertThrows(HelpdeskInboundException.class,
                () -> HelpdeskPayloads.read(HelpdeskSystem.ZENDESK, broken.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("ERR_ERRDEX_"), e.getMessage());
    }

    @Test
    void payloadsTheHelpdeskWritesItselfStayStrictJson() {
        String zammad = "{\"ticket\": {\"id\": 7, \"title\": \"a\nb\"}}";
        HelpdeskInboundException e = assertThrows(HelpdeskInboundException.class,
                () -> HelpdeskPayloads.read(HelpdeskSystem.ZAMMAD, zammad.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
    }
}
