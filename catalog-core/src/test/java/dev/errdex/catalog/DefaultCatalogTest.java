package dev.errdex.catalog;

import dev.errdex.catalog.DefaultCatalog.Bundle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultCatalogTest {

    private static final String FIXTURE = "/overlays/catalog/catalog.json";

    @Test
    void loadsAllBundledNgrokCodesOrderedByNumber() {
        List<CatalogEntry> entries = DefaultCatalog.load();

        assertThat(entries).hasSize(1608);
        assertThat(entries).extracting(CatalogEntry::number).isSorted();
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.code()).startsWith("ERR_NGROK_");
            assertThat(e.title()).isNotBlank();
            assertThat(e.message()).isNotBlank();
            assertThat(e.category()).isNotBlank();
            assertThat(e.docsUrl()).startsWith("https://ngrok.com/docs/errors/");
        });
    }

    @Test
    void theBundledGuidesNameOnlyKnownCodesAndTheFingerprintIsStable() {
        Bundle first = DefaultCatalog.bundle();
        Bundle second = DefaultCatalog.bundle();

        assertThat(first.sha256()).hasSize(64).isEqualTo(second.sha256());
    }

    @Test
    void mergesOverlayFieldsAndKeepsTheRest() {
        Bundle bundle = DefaultCatalog.bundle(FIXTURE, "/overlays/guides/");

        assertThat(bundle.overlays()).containsExactly("acme-widgets.yaml", "acme-policies.yaml");
        CatalogEntry widgets = bundle.entries().get(0);
        assertThat(widgets.title()).isEqualTo("Widget service does not answer");
        assertThat(widgets.severity()).isEqualTo(CatalogEntry.Severity.ERROR);
        assertThat(widgets.ownerComponent()).isEqualTo("widgets");
        assertThat(widgets.fixGuide().causes()).hasSize(2);
        assertThat(widgets.fixGuide().steps()).containsExactly("Start it: `widgetctl start`");
        assertThat(widgets.symptoms()).containsExactly("widgets time out");
        assertThat(widgets.related()).containsExactly("ERR_ACME_2");
        assertThat(widgets.message()).isEqualTo("The widget service at `ADDR` did not answer.");

        CatalogEntry policies = bundle.entries().get(1);
        assertThat(policies.title()).isEqualTo("Policy rule `RULE` is shadowed by an earlier rule");
        assertThat(policies.fixGuide().summary()).startsWith("An earlier rule matches first");
        assertThat(policies.fixGuide().causes()).isEmpty();

        assertThat(bundle.entries().get(2).fixGuide()).isNull();
    }

    @Test
    void aMissingIndexMeansNoOverlays() {
        Bundle bundle = DefaultCatalog.bundle(FIXTURE, "/overlays/no-index/");

        assertThat(bundle.overlays()).isEmpty();
        assertThat(bundle.entries()).allSatisfy(e -> assertThat(e.fixGuide()).isNull());
    }

    @Test
    void overlaysChangeTheFingerprint() {
        assertThat(DefaultCatalog.bundle(FIXTURE, "/overlays/guides/").sha256())
                .isNotEqualTo(DefaultCatalog.bundle(FIXTURE, "/overlays/no-index/").sha256());
    }

    @Test
    void rejectsAnOverlayNamingAnUnknownCode() {
        assertThatThrownBy(() -> DefaultCatalog.bundle(FIXTURE, "/overlays/unknown-code/"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.OVERLAY_UNKNOWN_CODE))
                .hasMessageContaining("ERR_ERRDEX_1021")
                .hasMessageContaining("acme-unknown.yaml")
                .hasMessageContaining("ERR_ACME_404");
    }

    @Test
    void rejectsAnIndexLineWithoutFile() {
        assertThatThrownBy(() -> DefaultCatalog.bundle(FIXTURE, "/overlays/missing-file/"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.OVERLAY_MISSING))
                .hasMessageContaining("not-there.yaml");
    }

    @Test
    void rejectsAnOverlayWithAMisspeltField() {
        assertThatThrownBy(() -> DefaultCatalog.bundle(FIXTURE, "/overlays/invalid/"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.OVERLAY_INVALID))
                .hasMessageContaining("acme-invalid.yaml")
                .hasMessageContaining("ERR_ACME_3")
                .hasMessageContaining("'symptom'");
    }

    @Test
    void reportsAMissingCatalog() {
        assertThatThrownBy(() -> DefaultCatalog.bundle("/nowhere.json", "/overlays/guides/"))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.BUNDLE_MISSING));
    }
}
