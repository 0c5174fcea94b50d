package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attach decision on synthetic texts made from the catalog with a seed the coefficients were not fitted on: pasted
 * messages attach with high precision, texts about no error never attach.
 */
class ConfidenceCalibrationTest {

    @Test
    void attachIsPreciseOnPastedMessagesAndNeverFiresWithoutAnError() {
        List<CatalogEntry> catalog = DefaultCatalog.load();
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(catalog)) {
            List<CalibrationSet.Example> examples = CalibrationSet.make(catalog, 150, 50, 2024);
            int attached = 0;
            int right = 0;
            for (CalibrationSet.Example ex : examples) {
                List<Suggestion> s = index.match(ex.text(), 3);
                if (ex.code() == null) {
                    assertThat(s).as(ex.text()).noneMatch(Suggestion::attach);
                    continue;
                }
                if (!s.isEmpty() && s.get(0).attach()) {
                    attached++;
                    String want = message(catalog, ex.code());
                    right += message(catalog, s.get(0).code()).equals(want) ? 1 : 0;
                }
            }
            System.out.printf("calibration seed 2024: %d of %d attached right (%.3f)%n", right, attached,
                    (double) right / attached);
            assertThat(attached).as("pasted messages attached").isGreaterThan(75);
            assertThat((double) right / attached).as("attach precision").isGreaterThanOrEqualTo(0.95);
        }
    }

    private static String message(List<CatalogEntry> catalog, String code) {
        return catalog.stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().message()
                .replaceAll("`[A-Z0-9_]*`", "`_`");
    }
}
