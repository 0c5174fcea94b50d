package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class JavaConstantsReaderTest {

    private static final ReadResult SHOP = JavaConstantsReader.namespace("shop")
            .withMessages(Map.of("1001", "Basket {0} is full ({1} items)", "COUPON_EXPIRED", "Coupon expired"))
            .read(Fixtures.path("constants/ShopErrors.java"));

    private static Map<String, CatalogEntry> byCode() {
        return SHOP.catalogEntries().stream().collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
    }

    @Test
    void eachStaticFinalNumberOrCodeStringBecomesAnEntryOfTheNamespace() {
        assertThat(byCode()).containsOnlyKeys("ERR_SHOP_1001", "ERR_SHOP_1002", "ERR_SHOP_1003");
        assertThat(SHOP.entries()).extracting(SourcedEntry::file, SourcedEntry::line)
                .contains(tuple("ShopErrors.java", 16));
    }

    @Test
    void theMessageComesFromTheMessagesByValueOrNameWithNumberedPlaceholdersNamed() {
        assertThat(byCode().get("ERR_SHOP_1001").message()).isEqualTo("Basket `ARG0` is full (`ARG1` items)");
        assertThat(byCode().get("ERR_SHOP_1001").placeholders()).containsExactly("ARG0", "ARG1");
        assertThat(byCode().get("ERR_SHOP_1002").message()).isEqualTo("Coupon expired");
    }

    @Test
    void withoutAMessageTheJavadocsFirstSentenceIsTheMessage() {
        assertThat(byCode().get("ERR_SHOP_1003").message()).isEqualTo("Deprecated: use COUPON_EXPIRED.");
    }

    @Test
    void theJavadocBecomesTheGuideSummaryWithExamplesAsCodeBlocks() {
        assertThat(byCode().get("ERR_SHOP_1001").fixGuide().summary()).isEqualTo(
                "Thrown when the basket holds more than `MAX_ITEMS` items.\n\nExample:\n\n```\n"
                        + "basket.add(item); // the 101st item\n```");
        assertThat(byCode().get("ERR_SHOP_1002").fixGuide().summary())
                .isEqualTo("Thrown when a coupon has expired & cannot be used. See `BASKET_FULL`.");
    }

    @Test
    void aDeprecatedConstantIsDeprecatedAndReplacedByTheConstantItLinksTo() {
        CatalogEntry old = byCode().get("ERR_SHOP_1003");

        assertThat(old.status()).isEqualTo(CatalogEntry.Status.DEPRECATED);
        assertThat(old.replacedBy()).isEqualTo("ERR_SHOP_1002");
    }

    @Test
    void aSecondConstantWithTheSameNumberAndOneWithoutMessageOrJavadocAreRejectedWithTheirLines() {
        assertThat(SHOP.rejected()).extracting(Rejection::line, Rejection::error).containsExactly(
                tuple(33, CatalogError.CONSTANT_DUPLICATE),
                tuple(35, CatalogError.CONSTANT_UNDOCUMENTED));
        assertThat(SHOP.rejected().get(0).reason()).contains("BASKET_TOO_BIG").contains("line 16");
    }

    @Test
    void aFileWithoutConstantsIsAClearError() {
        assertThatThrownBy(() -> JavaConstantsReader.namespace("SHOP").read("Empty.java", "class Empty {}"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("ERR_ERRDEX_1067");
    }
}
