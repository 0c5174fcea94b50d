package dev.errdex.api.graphql.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedDocumentsTest {

    @Test
    void endlessDistinctDocumentsNeverHoldMoreThanTheBounds() {
        RememberedDocuments<Boolean> remembered = new RememberedDocuments<>(100, 10_000);
        for (int i = 0; i < 10_000; i++) {
            remembered.put("x".repeat(i % 500) + i, Boolean.TRUE);
            assertThat(remembered.size()).isLessThanOrEqualTo(100);
            assertThat(remembered.chars()).isLessThanOrEqualTo(10_000);
        }
    }

    @Test
    void aDocumentLongerThanTheWholeBudgetIsNotKept() {
        RememberedDocuments<Boolean> remembered = new RememberedDocuments<>(100, 10_000);
        remembered.put("{ a }", Boolean.TRUE);
        remembered.put("x".repeat(10_001), Boolean.TRUE);
        assertThat(remembered.get("x".repeat(10_001))).isNull();
        assertThat(remembered.get("{ a }")).isTrue();
    }
}
