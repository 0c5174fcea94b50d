package dev.errdex.catalog.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Products whose codes are numbers in one class: int constants (H2) and enum constants (errdex's own errors). */
class CodeNumberFilesTest {

    @Test
    void enumConstantsWithANumberAreDefinitionsAndTheirQualifiedUsesAreRaiseSites(@TempDir Path root)
            throws Exception {
        Files.writeString(root.resolve("ShopError.java"), """
                public enum ShopError implements ErrdexCode {
                    // baskets
                    BASKET_FULL(1001, "The basket is full; "
                            + "remove an item."),
                    COUPON_EXPIRED(1002, "The coupon has expired."),
                    UNUSED(1003, "Never raised.");

                    ShopError(int number, String advice) {
                        this.number = number;
                    }
                }
                """);
        Files.writeString(root.resolve("Basket.java"), """
                class Basket {
                    void add(Item item) {
                        if (full()) throw new ShopException(ShopError.BASKET_FULL, item);
                    }
                    void redeem(Coupon c) {
                        if (c.expired()) throw new ShopException(ShopError.COUPON_EXPIRED);
                        if (error == ShopError.BASKET_FULL) return;
                    }
                }
                """);
        Files.writeString(root.resolve("OtherError.java"), """
                enum OtherError { BASKET_FULL(1); OtherError(int n) {} }
                class Other { void f() { throw new X(OtherError.BASKET_FULL); } }
                """);

        ScanReport report = SourceScan.of(root, ScanOptions.namespace("SHOP").withCodeNumbersIn("ShopError.java"))
                .run();

        assertThat(report.sites()).extracting(CodeSite::code, CodeSite::kind, CodeSite::path, CodeSite::line)
                .containsExactly(
                        tuple("ERR_SHOP_1001", SiteKind.RAISE, "Basket.java", 3),
                        tuple("ERR_SHOP_1001", SiteKind.CHECK, "Basket.java", 7),
                        tuple("ERR_SHOP_1001", SiteKind.DEFINITION, "ShopError.java", 3),
                        tuple("ERR_SHOP_1002", SiteKind.RAISE, "Basket.java", 6),
                        tuple("ERR_SHOP_1002", SiteKind.DEFINITION, "ShopError.java", 5),
                        tuple("ERR_SHOP_1003", SiteKind.DEFINITION, "ShopError.java", 6));
    }
}
