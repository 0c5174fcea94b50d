package dev.errdex.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsed-document cache stays within its entries and characters, and keeps no long documents. */
class ParsedDocumentsTest {

    private final AtomicInteger parses = new AtomicInteger();

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    private PreparsedDocumentEntry get(ParsedDocuments documents, String query) throws Exception {
        return documents.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), this::parse).get();
    }

    @Test
    void aDocumentAskedForAgainIsNotParsedAgain() throws Exception {
        ParsedDocuments documents = new ParsedDocuments();
        get(documents, "{ categories { id } }");
        get(documents, "{ categories { id } }");
        assertThat(parses).hasValue(1);
    }

    @Test
    void manyDistinctDocumentsStayWithinTheEntryAndCharacterBounds() throws Exception {
        ParsedDocuments documents = new ParsedDocuments();
        String padding = "x".repeat(ParsedDocuments.MAX_DOCUMENT_CHARS - 100);
        for (int i = 0; i < 3 * ParsedDocuments.MAX_ENTRIES; i++) {
            get(documents, "{ search(q: \"" + padding + i + "\") { code } }");
            assertThat(documents.chars()).isLessThanOrEqualTo(ParsedDocuments.MAX_CHARS);
            assertThat(documents.size()).isLessThanOrEqualTo(ParsedDocuments.MAX_ENTRIES);
        }
        for (int i = 0; i < 3 * ParsedDocuments.MAX_ENTRIES; i++) {
            get(documents, "{ q" + i + ": categories { id } }");
        }
        assertThat(documents.size()).isEqualTo(ParsedDocuments.MAX_ENTRIES);
    }

    @Test
    void aDocumentOverTheLengthBoundIsParsedForItsRequestAndNotKept() throws Exception {
        ParsedDocuments documents = new ParsedDocuments();
        String query = "{ search(q: \"" + "x".repeat(ParsedDocuments.MAX_DOCUMENT_CHARS) + "\") { code } }";
        assertThat(get(documents, query).getDocument()).isNotNull();
        get(documents, query);
        assertThat(parses).hasValue(2);
        assertThat(documents.size()).isZero();
    }
}
