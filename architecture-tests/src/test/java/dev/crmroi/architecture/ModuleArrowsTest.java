package dev.crmroi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows of architecture.md true: data flows one way, and nothing cycles. */
class ModuleArrowsTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crmroi");
  }

  @Test
  void core_dependsOnNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.crmroi.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.crmroi.store..",
            "dev.crmroi.analytics..",
            "dev.crmroi.generator..",
            "dev.crmroi.report..",
            "dev.crmroi.web..",
            "dev.crmroi.cli..",
            "dev.crmroi.bench..")
        .check(classes);
  }

  @Test
  void store_dependsOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.crmroi.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.crmroi.analytics..",
            "dev.crmroi.generator..",
            "dev.crmroi.report..",
            "dev.crmroi.web..",
            "dev.crmroi.cli..",
            "dev.crmroi.bench..")
        .check(classes);
  }

  @Test
  void generator_dependsOnlyOnCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.crmroi.generator..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.crmroi.store..",
            "dev.crmroi.analytics..",
            "dev.crmroi.report..",
            "dev.crmroi.web..",
            "dev.crmroi.cli..",
            "dev.crmroi.bench..")
        .check(classes);
  }

  @Test
  void analytics_dependsOnlyOnCoreAndStore() {
    noClasses()
        .that()
        .resideInAPackage("dev.crmroi.analytics..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.crmroi.generator..",
            "dev.crmroi.report..",
            "dev.crmroi.web..",
            "dev.crmroi.cli..",
            "dev.crmroi.bench..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void reportAndWeb_neverReachTheCliOrBench() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.crmroi.report..", "dev.crmroi.web..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.crmroi.cli..", "dev.crmroi.bench..", "dev.crmroi.generator..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void onlyBenchDependsOnBench() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.crmroi.bench..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.crmroi.bench..")
        .check(classes);
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("dev.crmroi.(**)").should().beFreeOfCycles().check(classes);
  }
}
