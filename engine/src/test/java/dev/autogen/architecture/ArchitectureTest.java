package dev.autogen.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: the engine never reaches the command line. The small runtime a generated migration
 * needs ({@code runtime}, {@code op}, {@code dialect}, {@code schema}) is a module of its own, checked by its
 * {@code RuntimeArchitectureTest}; it cannot import the engine, which it does not depend on.
 */
class ArchitectureTest {

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.autogen");
  }

  @Test
  void importsTheEngineMainClassesOnly() {
    assertThat(engine.contain("dev.autogen.schema.jpa.EntityModelReader")).isTrue();
    assertThat(engine.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("dev.autogen.testing"));
  }

  @Test
  void embeddedServerDependsOnNothingElseInAutogen() {
    noClasses().that().resideInAPackage("dev.autogen.embedded")
        .should().dependOnClassesThat(resideInAPackage("dev.autogen..").and(not(resideInAPackage("dev.autogen.embedded"))))
        .because("the embedded PostgreSQL is a server to connect to, not part of the migration engine")
        .check(engine);
  }

  @Test
  void engineNeverDependsOnPicocli() {
    noClasses().should().dependOnClassesThat().resideInAPackage("picocli..")
        .because("the command line lives in the cli module")
        .check(engine);
  }
}
