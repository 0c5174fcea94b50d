package dev.errdex.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryTest {

    @ParameterizedTest(name = "ERR_NGROK_{0} -> {1}")
    @CsvSource({
            "107, agent", "8012, agent", "9009, agent", "203, api", "334, endpoints", "18009, endpoints",
            "1100, endpoints", "414, domains-tls", "1923, domains-tls", "26015, domains-tls", "601, access-control",
            "1402, access-control", "725, edge-traffic", "3004, edge-traffic", "3200, edge-traffic",
            "6024, edge-traffic", "3119, edge-auth", "5204, edge-auth", "5527, edge-auth", "3416, edge-auth",
            "2201, traffic-policy", "3700, traffic-policy", "3901, traffic-policy", "3807, ai-gateway",
            "27217, ai-gateway", "1006, account-billing", "4101, account-billing", "17001, account-billing",
            "1205, dashboard", "10034, dashboard", "22000, dashboard", "7008, edges-legacy", "1608, edges-legacy",
            "6514, edges-legacy", "5103, events", "20005, kubernetes", "24003, secrets", "1500, platform"})
    void derivesTheCategoryOfAnNgrokCodeFromItsNumberRange(int number, String category) {
        assertThat(Category.derive("ERR_NGROK", number, "Something failed.").id()).isEqualTo(category);
    }

    @Test
    void aMessageNamingTheAiGatewayBelongsToItWhateverTheRange() {
        assertThat(Category.derive("ERR_NGROK", 6033,
                "Insufficient AI Gateway Credits - Your credit balance is too low")).isEqualTo(Category.AI_GATEWAY);
        assertThat(Category.derive("ERR_NGROK", 18024, "AI Gateway has moved")).isEqualTo(Category.AI_GATEWAY);
    }

    @Test
    void usesKeywordsForNumbersOutsideEveryRange() {
        assertThat(Category.derive("ERR_NGROK", 8500, "The traffic policy could not be parsed."))
                .isEqualTo(Category.TRAFFIC_POLICY);
        assertThat(Category.derive("ERR_NGROK", 2500, "Your authtoken is invalid.")).isEqualTo(Category.AGENT);
    }

    @Test
    void ignoresNgrokRangesForOtherNamespaces() {
        assertThat(Category.derive("ERR_ACME", 107, "The invoice could not be paid."))
                .isEqualTo(Category.ACCOUNT_BILLING);
        assertThat(Category.derive("ERR_ACME", 107, "The widget broke.")).isEqualTo(Category.OTHER);
    }

    @Test
    void rangesAreAscendingAndDoNotOverlap() {
        List<Category.Range> ranges = Category.RANGES;
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).from()).as("range %s after %s", ranges.get(i), ranges.get(i - 1))
                    .isGreaterThan(ranges.get(i - 1).to());
        }
        assertThat(ranges).allSatisfy(r -> assertThat(r.from()).isLessThanOrEqualTo(r.to()));
    }

    @Test
    void findsACategoryByIdIgnoringCase() {
        assertThat(Category.fromId(" Traffic-Policy ")).contains(Category.TRAFFIC_POLICY);
        assertThat(Category.fromId("gardening")).isEmpty();
        assertThat(Category.fromId(null)).isEmpty();
    }

    @Test
    void everyCategoryButOtherHasAnOwnerComponent() {
        for (Category c : Category.values()) {
            assertThat(c.ownerComponent() == null).as(c.id()).isEqualTo(c == Category.OTHER);
        }
    }
}
