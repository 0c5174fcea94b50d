package dev.errdex.catalog.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageSliceTest {

    private static final PageRequest FIRST_TWO = PageRequest.forward(2, null);

    @Test
    void aForwardPageKeepsTheOrderAndTheExtraRowMeansANextPage() {
        PageSlice<String> slice = PageSlice.of(List.of("a", "b", "c"), 2, FIRST_TWO, () -> true, () -> true);

        assertThat(slice.rows()).containsExactly("a", "b");
        assertThat(slice.hasNext()).isTrue();
        assertThat(slice.hasPrevious()).as("no after cursor: the page starts the listing").isFalse();
    }

    @Test
    void aForwardPageAfterACursorAsksWhetherRowsLieBeforeIt() {
        PageRequest after = PageRequest.forward(2, "cursor");

        assertThat(PageSlice.of(List.of("c"), 2, after, () -> true, () -> false).hasPrevious()).isTrue();
        assertThat(PageSlice.of(List.of("c"), 2, after, () -> false, () -> true).hasPrevious())
                .as("the cursor's row was deleted and nothing precedes it").isFalse();
        assertThat(PageSlice.of(List.of("c"), 2, after, () -> true, () -> true).hasNext()).isFalse();
    }

    @Test
    void aBackwardPageIsReadInReverseAndGivenBackInListingOrder() {
        PageRequest lastTwo = new PageRequest(null, null, 2, "cursor");

        PageSlice<String> slice = PageSlice.of(List.of("e", "d", "c"), 2, lastTwo, () -> false, () -> true);

        assertThat(slice.rows()).containsExactly("d", "e");
        assertThat(slice.hasPrevious()).as("the extra row lies before the page").isTrue();
        assertThat(slice.hasNext()).as("rows lie at or after the before cursor").isTrue();
        assertThat(PageSlice.of(List.of("b"), 2, new PageRequest(null, null, 2, null), () -> true, () -> true)
                .hasNext()).as("no before cursor: the page ends the listing").isFalse();
    }

    @Test
    void theSizeAndItsArgumentFollowTheDirection() {
        assertThat(new PageRequest(null, null, 5, null).size(20)).isEqualTo(5);
        assertThat(new PageRequest(null, null, 5, null).sizeArgument()).isEqualTo("last");
        assertThat(PageRequest.forward(null, null).size(20)).isEqualTo(20);
        assertThat(PageRequest.forward(3, null).sizeArgument()).isEqualTo("first");
    }
}
