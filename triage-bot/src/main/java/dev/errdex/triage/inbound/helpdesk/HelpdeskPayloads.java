package dev.errdex.triage.inbound.helpdesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads each helpdesk's own payload into a {@link HelpdeskEvent}. Unknown fields are ignored; a missing required
 * field is {@link HelpdeskErrorCode#PAYLOAD_INVALID}.
 *
 * <ul>
 *   <li>Zendesk and Freshdesk: the JSON body the admin pastes into the trigger / automation (docs/helpdesks.md):
 *       {@code ticket_id}, {@code subject}, {@code description}, {@code requester_email} required;
 *       {@code latest_comment}, {@code tags} (array, or the placeholder's space-separated text) optional.</li>
 *   <li>Zammad: the trigger webhook's default payload: {@code ticket.id}, {@code ticket.title}, the customer from
 *       {@code ticket.customer.email} (else {@code article.from}), the text from {@code article.body};
 *       {@code ticket.tags} when present.</li>
 *   <li>Help Scout: the webhook's conversation object: {@code id}, {@code subject}, the customer from
 *       {@code primaryCustomer.email} (else {@code customer.email}), the text from the first customer thread of
 *       {@code _embedded.threads} (else {@code preview}), {@code tags[].tag}.</li>
 * </ul>
 */
public final class HelpdeskPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * For the bodies an admin writes with placeholders (Zendesk, Freshdesk): a multi-line description pasted into a
     * JSON string arrives with raw line breaks and tabs, which strict JSON refuses; they are read as the characters
     * they are. A double quote inside a placeholder still breaks the body (refused with its code).
     */
    private static final ObjectMapper ADMIN_WRITTEN = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:@]+@[^\\s<>\"(),;:@]+");
    private static final int MAX_SUBJECT = 1000;

    private HelpdeskPayloads() {
    }

    /** The event in {@code body}, a payload of {@code system}. */
    public static HelpdeskEvent read(HelpdeskSystem system, byte[] body) {
        JsonNode root;
        try {
            root = (system == HelpdeskSystem.ZENDESK || system == HelpdeskSystem.FRESHDESK ? ADMIN_WRITTEN : JSON)
                    .readTree(body);
        } catch (IOException e) {
            throw invalid(system, "the body is not JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid(system, "the body is not a JSON object");
        }
        return switch (system) {
            case ZENDESK, FRESHDESK -> adminWritten(system, root);
            case ZAMMAD -> zammad(root);
            case HELPSCOUT -> helpScout(root);
        };
    }

    private static HelpdeskEvent adminWritten(HelpdeskSystem system, JsonNode root) {
        String id = required(system, root, "ticket_id");
        String subject = required(system, root, "subject");
        String description = required(system, root, "description");
        String requester = address(system, required(system, root, "requester_email"), "requester_email");
        String latest = text(root.get("latest_comment"));
        String text = latest == null || latest.isBlank() || latest.strip().equals(description.strip())
                ? description : description + "\n\n" + latest;
        return new HelpdeskEvent(system, id, cut(subject), text, false, requester, tags(root.get("tags"), null));
    }

    private static HelpdeskEvent zammad(JsonNode root) {
        HelpdeskSystem system = HelpdeskSystem.ZAMMAD;
        JsonNode ticket = root.path("ticket");
        String id = required(system, ticket, "id", "ticket.id");
        String subject = required(system, ticket, "title", "ticket.title");
        JsonNode article = root.path("article");
        String requester = text(ticket.path("customer").get("email"));
        if (requester == null || requester.isBlank()) {
            requester = text(article.get("from"));
        }
        if (requester == null || requester.isBlank()) {
            throw invalid(system, "ticket.customer.email is missing");
        }
        java.util.regex.Matcher m = ADDRESS.matcher(requester);
        requester = address(system, m.find() ? m.group() : requester, "ticket.customer.email");
        String text = text(article.get("body"));
        boolean html = "text/html".equalsIgnoreCase(text(article.get("content_type")));
        return new HelpdeskEvent(system, id, cut(subject), text == null ? subject : text, html && text != null,
                requester, tags(ticket.get("tags"), null));
    }

    private static HelpdeskEvent helpScout(JsonNode root) {
        HelpdeskSystem system = HelpdeskSystem.HELPSCOUT;
        String id = required(system, root, "id");
        String subject = text(root.get("subject"));
        String requester = text(root.path("primaryCustomer").get("email"));
        if (requester == null || requester.isBlank()) {
            requester = text(root.path("customer").get("email"));
        }
        if (requester == null || requester.isBlank()) {
            throw invalid(system, "primaryCustomer.email is missing");
        }
        String text = null;
        for (JsonNode thread : root.path("_embedded").path("threads")) {
            if ("customer".equals(text(thread.get("type"))) && text(thread.get("body")) != null) {
                text = text(thread.get("body"));
            }
        }
        boolean html = text != null;
        if (text == null) {
            text = text(root.get("preview"));
        }
        if ((subject == null || subject.isBlank()) && (text == null || text.isBlank())) {
            throw invalid(system, "the conversation has neither a subject nor a customer thread");
        }
        return new HelpdeskEvent(system, id, cut(subject == null ? "" : subject), text == null ? "" : text, html,
                address(system, requester, "primaryCustomer.email"), tags(root.get("tags"), "tag"));
    }

    private static String required(HelpdeskSystem system, JsonNode node, String field) {
        return required(system, node, field, field);
    }

    private static String required(HelpdeskSystem system, JsonNode node, String field, String name) {
        String value = text(node.get(field));
        if (value == null || value.isBlank()) {
            throw invalid(system, name + " is missing");
        }
        return value.strip();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    private static String address(HelpdeskSystem system, String value, String field) {
        String v = value.strip();
        if (!ADDRESS.matcher(v).matches()) {
            throw invalid(system, field + " is not an email address");
        }
        return v;
    }

    /** Tags as an array of strings, an array of objects with {@code field}, or one space/comma-separated text. */
    private static List<String> tags(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode t : node) {
                String s = field != null && t.isObject() ? text(t.get(field)) : text(t);
                if (s != null && !s.isBlank()) {
                    tags.add(s.strip());
                }
            }
        } else if (node.isTextual()) {
            Arrays.stream(node.asText().split("[\\s,]+")).filter(s -> !s.isBlank()).forEach(tags::add);
        }
        return tags;
    }

    private static String cut(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }

    private static HelpdeskInboundException invalid(HelpdeskSystem system, String why) {
        return new HelpdeskInboundException(HelpdeskErrorCode.PAYLOAD_INVALID, 400, system.title(), why);
    }
}
