package dev.errdex.api.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/architecture.md: data flows downward only (graphql-api → triage-bot → triage-engine →
 * search-index → catalog-core), no module names a class of a module above it, and triage-engine is plain Java. A
 * class belongs to the module whose build output it was loaded from ({@code <module>/target/...}), so a class moved
 * into the wrong module, or a package reused across modules, is judged by where it really lives.
 */
@Tag("database-free") // the same on every database: not re-run by the PostgreSQL build
class ModuleLayersTest {

    /** Bottom first. */
    static final List<String> MODULES = List.of("catalog-core", "search-index", "triage-engine", "triage-bot",
            "graphql-api");

    private static JavaClasses classes;

    @BeforeAll
    static void importErrdex() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.errdex");
    }

    static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module, c -> c.getSource()
                .map(s -> s.getUri().toString())
                .map(uri -> uri.contains("/" + module + "/target/") || uri.contains("/" + module + "-"))
                .orElse(false));
    }

    @Test
    void everyModuleIsSeenSoThatTheRulesCanFail() {
        for (String module : MODULES) {
            assertThat(classes.that(inModule(module))).as(module).hasSizeGreaterThan(10);
        }
        long unplaced = classes.stream().filter(c -> MODULES.stream().noneMatch(m -> inModule(m).test(c))).count();
        assertThat(unplaced).as("errdex classes outside the five modules").isZero();
    }

    @Test
    void dataFlowsDownwardOnly() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String module : MODULES) {
            layers = layers.layer(module).definedBy(inModule(module));
        }
        ArchRule rule = layers
                .whereLayer("graphql-api").mayNotBeAccessedByAnyLayer()
                .whereLayer("triage-bot").mayOnlyBeAccessedByLayers("graphql-api")
                .whereLayer("triage-engine").mayOnlyBeAccessedByLayers("triage-bot", "graphql-api")
                .whereLayer("search-index").mayOnlyBeAccessedByLayers("triage-engine", "triage-bot", "graphql-api")
                .whereLayer("catalog-core").mayOnlyBeAccessedByLayers("search-index", "triage-engine", "triage-bot",
                        "graphql-api");
        rule.check(classes);
    }

    @Test
    void triageEngineIsPlainJava() {
        noClasses().that(inModule("triage-engine"))
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.enterprise..",
                        "jakarta.inject..", "jakarta.persistence..", "jakarta.transaction..", "org.hibernate..",
                        "io.smallrye..", "io.vertx..", "org.eclipse.microprofile..")
                .because("triage-engine runs in bin/triage without a container (docs/architecture.md)")
                .check(classes);
    }
}
