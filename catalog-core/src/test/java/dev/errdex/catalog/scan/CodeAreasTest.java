package dev.errdex.catalog.scan;

import dev.errdex.catalog.CatalogException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeAreasTest {

    private static final CodeAreas AREAS = CodeAreas.parse("""
            # ACME areas
            auth    = 1000-1099
            billing = 1100-1102
            """, "errdex-areas.properties");

    @Test
    void theNextCodeOfAnAreaIsOneAboveItsHighestTakenNumber() {
        CodeAreas.NextCode next = AREAS.next("ERR_ACME", "auth",
                List.of("ERR_ACME_1000", "err-acme-1001", "ERR_ACME_1002", "ERR_ACME_1040", "ERR_ACME_1100",
                        "ERR_OTHER_1041"));

        assertThat(next.code()).isEqualTo("ERR_ACME_1041");
        assertThat(next.taken()).extracting(Object::toString).containsExactly("1000-1002", "1040");
        assertThat(next.areas()).extracting(u -> u.area().name() + ":" + u.taken())
                .containsExactly("auth:4", "billing:1");
    }

    @Test
    void whenTheTopOfTheRangeIsTakenTheLowestGapIsProposed() {
        assertThat(AREAS.next("ACME", "Billing", List.of("ERR_ACME_1100", "ERR_ACME_1102")).code())
                .isEqualTo("ERR_ACME_1101");
        assertThat(AREAS.next("ACME", "billing", List.of()).code()).isEqualTo("ERR_ACME_1100");
    }

    @Test
    void aFullAreaAnUnknownAreaAndOverlappingRangesAreClearErrors() {
        assertThatThrownBy(() -> AREAS.next("ACME", "billing", List.of("ERR_ACME_1100", "ERR_ACME_1101",
                "ERR_ACME_1102"))).isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1066");
        assertThatThrownBy(() -> AREAS.next("ACME", "search", List.of()))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1065")
                .hasMessageContaining("[auth, billing]");
        assertThatThrownBy(() -> CodeAreas.parse("a = 1-10\nb = 10-20\n", "f"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1064")
                .hasMessageContaining("f:2");
        assertThatThrownBy(() -> CodeAreas.parse("a = ten\n", "f"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1064");
    }

    @Test
    void withoutAnAreaTheNextCodeFollowsTheHighestOfTheNamespace() {
        CodeAreas.NextCode next = CodeAreas.none().next("ERR_ACME", null, List.of("ERR_ACME_7", "ERR_ACME_3"));

        assertThat(next.code()).isEqualTo("ERR_ACME_8");
        assertThat(next.area()).isEmpty();
        assertThat(CodeAreas.none().next("ERR_ACME", null, List.of()).code()).isEqualTo("ERR_ACME_1");
    }
}
