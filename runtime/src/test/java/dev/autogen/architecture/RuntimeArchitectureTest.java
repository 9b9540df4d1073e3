package dev.autogen.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime an application ships ({@code runtime}, {@code op}, {@code dialect}, {@code schema}) uses the JDK, the
 * PostgreSQL driver and SLF4J, nothing else: not Hibernate, ClassGraph, JavaPoet or the compiler, and none of the
 * engine. The enforcer rule in this module's pom holds its dependency tree to the same list.
 */
class RuntimeArchitectureTest {

  private static final String[] ALLOWED = {
      "java..", "javax.sql..",
      // the revision index processor, loaded by javac alone while an application compiles its migrations
      "javax.annotation.processing..", "javax.lang.model..", "javax.tools..", "com.sun.source..",
      "dev.autogen.runtime..", "dev.autogen.op..", "dev.autogen.dialect..", "dev.autogen.schema",
      "org.postgresql..", "org.slf4j.."};

  private static JavaClasses runtime;
  private static JavaClasses tests;

  @BeforeAll
  static void importRuntime() {
    runtime = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.autogen");
    tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
        .importPackages("dev.autogen.runtime");
  }

  @Test
  void importsTheRuntimeMainClassesOnly() {
    assertThat(runtime.contain("dev.autogen.runtime.Operations")).isTrue();
    assertThat(runtime.contain("dev.autogen.dialect.PostgresDialect")).isTrue();
    assertThat(runtime.stream().map(c -> c.getPackageName()))
        .allMatch(p -> p.startsWith("dev.autogen.runtime") || p.startsWith("dev.autogen.op")
            || p.startsWith("dev.autogen.dialect") || p.equals("dev.autogen.schema"));
  }

  @Test
  void runtimeUsesTheJdkTheDriverAndItselfOnly() {
    runtimeRule().check(runtime);
  }

  @Test
  void schemaRecordsDependOnNothingElseInAutogen() {
    noClasses().that().resideInAPackage("dev.autogen.schema")
        .should().dependOnClassesThat(resideInAPackage("dev.autogen..").and(not(resideInAPackage("dev.autogen.schema"))))
        .because("the schema records are the vocabulary every other package shares")
        .check(runtime);
  }

  /** The rule bites: the tests use JUnit and AssertJ, which the runtime must not. */
  @Test
  void runtimeRuleRejectsTheTests() {
    assertThat(tests.contain("dev.autogen.runtime.RevisionGraphTest")).isTrue();
    assertThatThrownBy(() -> runtimeRule().check(tests))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.junit");
  }

  private static ArchRule runtimeRule() {
    return noClasses().that().resideInAPackage("dev.autogen..")
        .should().dependOnClassesThat(not(resideInAnyPackage(ALLOWED)))
        .because("an application applies its migrations with this jar and the PostgreSQL driver alone");
  }
}
