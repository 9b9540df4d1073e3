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
 * Dependencies point one way. The small runtime a generated migration needs ({@code runtime}, {@code op},
 * {@code dialect}, {@code schema}) never reaches Hibernate, ClassGraph, JavaPoet or the compiler, nor the
 * autogenerate side of the engine; the engine never reaches the command line.
 */
class ArchitectureTest {

  /** What only autogenerate, loading scripts or the command facades may use. */
  private static final String[] AUTOGENERATE_SIDE = {
      "org.hibernate..", "io.github.classgraph..", "com.palantir.javapoet..", "javax.tools..",
      "dev.autogen.command..", "dev.autogen.render..", "dev.autogen.diff..", "dev.autogen.schema.jpa..",
      "dev.autogen.introspect..", "dev.autogen.script.."};

  private static JavaClasses engine;

  @BeforeAll
  static void importEngine() {
    engine = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.autogen");
  }

  @Test
  void importsTheEngineMainClassesOnly() {
    assertThat(engine.contain("dev.autogen.runtime.Operations")).isTrue();
    assertThat(engine.contain("dev.autogen.schema.jpa.EntityModelReader")).isTrue();
    assertThat(engine.stream().map(c -> c.getPackageName())).noneMatch(p -> p.startsWith("dev.autogen.testing"));
  }

  @Test
  void runtimeOpAndDialectStayOffTheAutogenerateSide() {
    runtimeRule("dev.autogen.runtime..", "dev.autogen.op..", "dev.autogen.dialect..").check(engine);
  }

  @Test
  void schemaRecordsStayOffTheAutogenerateSide() {
    // schema.jpa is the entity reader, on the autogenerate side itself: only the records' own package
    runtimeRule("dev.autogen.schema").check(engine);
  }

  @Test
  void schemaRecordsDependOnNothingElseInAutogen() {
    noClasses().that().resideInAPackage("dev.autogen.schema")
        .should().dependOnClassesThat(resideInAPackage("dev.autogen..").and(not(resideInAPackage("dev.autogen.schema"))))
        .because("the schema records are the vocabulary every other package shares")
        .check(engine);
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

  /** The rule bites: the entity reader uses Hibernate, so applying it there must fail. */
  @Test
  void runtimeRuleRejectsTheEntityReader() {
    assertThatThrownBy(() -> runtimeRule("dev.autogen.schema.jpa..").check(engine))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.hibernate");
  }

  private static ArchRule runtimeRule(String... packages) {
    return noClasses().that().resideInAnyPackage(packages)
        .should().dependOnClassesThat(resideInAnyPackage(AUTOGENERATE_SIDE))
        .because("generated migrations must run on the small runtime alone");
  }
}
