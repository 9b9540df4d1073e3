package dev.autogen.render;

import static dev.autogen.runtime.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.CreateTableOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationChecksum;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.TableModel;
import dev.autogen.runtime.Operations;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * An initial revision of a large schema: one {@code upgrade()} of every step would exceed the JVM's 64 KB of bytecode
 * per method ("code too large"), so the renderer splits it into private parts called in order.
 */
class LargeRevisionRenderTest {

  private static final int TABLES = 1500;

  private final MigrationFileRenderer renderer = new MigrationFileRenderer();

  // rendering 1500 tables takes a while: one revision and one render serve every test that reads them
  private static final RevisionSource LARGE = revision(TABLES);
  private static final RenderedMigration RENDERED = new MigrationFileRenderer().render(LARGE);

  @Test
  void aRevisionOf1500TablesCompilesAndRunsItsStepsInOrder() throws Exception {
    RevisionSource source = LARGE;
    RenderedMigration rendered = RENDERED;

    Class<?> compiled = InMemoryJavaCompiler.compile(rendered.className(), rendered.source(), runtimeClasspath());

    assertThat(parts(compiled, "upgradePart")).hasSizeGreaterThan(1);
    assertThat(parts(compiled, "downgradePart")).hasSizeGreaterThan(1);
    assertThat(run(compiled, Migration::upgrade)).isEqualTo(source.plan().upgradeOps());
    assertThat(statements(compiled, Migration::downgrade)).isEqualTo(statementsOf(source.plan().downgradeOps()));
    // the checksum hashes the statements upgrade() produces: the parts leave it what one method would give
    assertThat(MigrationChecksum.of(statements(compiled, Migration::upgrade)))
        .isEqualTo(MigrationChecksum.of(statementsOf(source.plan().upgradeOps())));
  }

  @Test
  void theSplitIsDeterministic() {
    assertThat(renderer.render(LARGE).source()).isEqualTo(RENDERED.source());
  }

  @Test
  void partsAreCalledInOrderAndEachStaysWithinTheBudget() {
    String source = RENDERED.source();
    String upgrade = source.substring(source.indexOf("public void upgrade(Operations op) {"),
        source.indexOf("public void downgrade(Operations op) {"));
    int parts = (int) upgrade.lines().filter(line -> line.trim().matches("upgradePart\\d+\\(op\\);")).count();
    assertThat(upgrade.lines().filter(line -> line.trim().startsWith("upgradePart")).map(String::trim))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, parts).mapToObj(i -> "upgradePart" + i + "(op);").toList());
    // the first piece is the class's Javadoc (a line per table) and upgrade(), the others one part each
    List<String> pieces = Arrays.asList(source.split("private void "));
    assertThat(pieces).hasSizeGreaterThan(2);
    for (String part : pieces.subList(1, pieces.size())) {
      assertThat(part.length()).isLessThan(MethodParts.BUDGET * 3 / 2); // the budget counts no indentation
    }
  }

  @Test
  void aRevisionWithinTheBudgetKeepsOneUpgrade() {
    String source = renderer.render(revision(20)).source();
    assertThat(source).doesNotContain("Part1").doesNotContain("private void");
  }

  @Test
  void stepsStayWholeAndInOrderAndAStepLargerThanTheBudgetStandsAlone() {
    List<CodeBlock> steps = List.of(CodeBlock.of("a();\n"), CodeBlock.of("b();\n"), CodeBlock.of("large(1234567);\n"),
        CodeBlock.of("c();\n"));
    assertThat(MethodParts.split(steps, 10)).containsExactly(
        List.of(steps.get(0), steps.get(1)), List.of(steps.get(2)), List.of(steps.get(3)));
    assertThat(MethodParts.split(steps, 1_000)).containsExactly(steps);
    assertThat(MethodParts.split(List.of(), 10)).containsExactly(List.of());
  }

  /** Tables shaped like an application's entities: 14 columns, a key, two indexes, a unique constraint, a parent. */
  static RevisionSource revision(int tables) {
    List<MigrationOp> ops = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      String name = "entity_" + i;
      ops.add(new CreateTableOp(TableModel.of(QualifiedName.of(name), List.of(
          column("id", bigint()).identity(),
          column("name", varchar(100 + i % 50)).notNull(),
          column("code", varchar(32)).notNull(),
          column("quantity", integer()).defaultValue("0"),
          column("price", numeric(12, 2)),
          column("active", type("boolean")).notNull().defaultValue("true"),
          column("valid_from", date()),
          column("created_at", timestampTz(6)),
          column("updated_at", timestampTz(6)),
          column("external_id", uuid()),
          column("payload", bytea()),
          column("status", varchar(16)),
          column("score", doublePrecision()),
          column("parent_id", bigint()),
          namedPrimaryKey(name + "_pkey", "id"),
          unique("uk_" + name + "_code", "code", "valid_from"),
          index("ix_" + name + "_name", "name"),
          index("ix_" + name + "_created", "created_at", "active")))));
    }
    for (int i = 1; i < tables; i++) {
      ops.add(new AddForeignKeyOp(QualifiedName.of("entity_" + i),
          foreignKey("fk_entity_" + i + "_parent", "parent_id", "entity_" + (i - 1), "id")));
    }
    return new RevisionSource("1a2b3c4d5e6f", List.of(), "initial schema", RevisionFixtures.CREATED,
        RevisionFixtures.ORIGIN, new MigrationPlan(ops));
  }

  private static List<Method> parts(Class<?> compiled, String prefix) {
    return Arrays.stream(compiled.getDeclaredMethods())
        .filter(method -> method.getName().startsWith(prefix) && Modifier.isPrivate(method.getModifiers()))
        .toList();
  }

  private static List<MigrationOp> run(Class<?> compiled, BiConsumer<Migration, Operations> step) throws Exception {
    Migration migration = (Migration) compiled.getConstructor().newInstance();
    List<MigrationOp> ops = new ArrayList<>();
    step.accept(migration, new Operations(new PostgresDialect(), sql -> { }, ops::add));
    return ops;
  }

  /** The SQL, since a drop is rendered by name and so built again without its old definition. */
  private static List<String> statements(Class<?> compiled, BiConsumer<Migration, Operations> step)
      throws Exception {
    Migration migration = (Migration) compiled.getConstructor().newInstance();
    List<String> statements = new ArrayList<>();
    step.accept(migration, new Operations(new PostgresDialect(), statements::add));
    return statements;
  }

  private static List<String> statementsOf(List<MigrationOp> ops) {
    List<String> statements = new ArrayList<>();
    Operations operations = new Operations(new PostgresDialect(), statements::add);
    ops.forEach(operations::run);
    return statements;
  }

  private static Path runtimeClasspath() throws URISyntaxException {
    return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
