package dev.crmroi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Only the CLI (and benchmarks) talk to the console; everything below returns results. */
class NoConsoleOutputTest {
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crmroi");
  }

  @Test
  void belowTheCli_noSystemOutOrErr() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.crmroi.cli..", "dev.crmroi.bench..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void belowTheCli_noPrintStackTrace() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.crmroi.cli..", "dev.crmroi.bench..")
        .should()
        .callMethod(Throwable.class, "printStackTrace")
        .check(classes);
  }
}
