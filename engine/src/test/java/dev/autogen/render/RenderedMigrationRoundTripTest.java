package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.DropCheckConstraintOp;
import dev.autogen.op.DropColumnOp;
import dev.autogen.op.DropEnumTypeOp;
import dev.autogen.op.DropForeignKeyOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.op.DropSequenceOp;
import dev.autogen.op.DropTableOp;
import dev.autogen.op.DropUniqueConstraintOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameEnumValueOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Render, compile, run: the rendered calls must build the very ops they were rendered from. */
class RenderedMigrationRoundTripTest {

  private final MigrationFileRenderer renderer = new MigrationFileRenderer();

  static Stream<RevisionSource> revisions() {
    return RevisionFixtures.all().stream();
  }

  // One test per revision: compiling is the slow part, so each file is compiled once.
  @ParameterizedTest
  @MethodSource("revisions")
  void compiledFileCarriesTheRevisionAndBuildsThePlansOps(RevisionSource source) throws Exception {
    Class<?> compiled = compile(source);

    Revision revision = compiled.getAnnotation(Revision.class);
    assertThat(revision.id()).isEqualTo(source.id());
    assertThat(revision.revises()).containsExactlyElementsOf(source.revises());
    assertThat(revision.message()).isEqualTo(source.message());
    assertThat(revision.created()).isEqualTo(source.created().toString());
    assertThat(revision.transactional()).as("transactional")
        .isEqualTo(source.plan().upgradeOps().stream().noneMatch(op -> op instanceof AddEnumValueOp));
    assertThat(run(compiled, Migration::upgrade)).as("upgrade")
        .isEqualTo(withoutExisting(source.plan().upgradeOps()));
    assertThat(run(compiled, Migration::downgrade)).as("downgrade")
        .isEqualTo(withoutExisting(source.plan().downgradeOps()));
  }

  private static List<MigrationOp> run(Class<?> compiled, BiConsumer<Migration, Operations> step) throws Exception {
    Migration migration = (Migration) compiled.getConstructor().newInstance();
    List<MigrationOp> ops = new ArrayList<>();
    // the dialect still turns every op into SQL, so an op it cannot handle fails here
    step.accept(migration, new Operations(new PostgresDialect(), sql -> { }, ops::add));
    return ops;
  }

  private Class<?> compile(RevisionSource source) throws ReflectiveOperationException, URISyntaxException {
    RenderedMigration rendered = renderer.render(source);
    return InMemoryJavaCompiler.compile(rendered.className(), rendered.source(), runtimeClasspath());
  }

  /** Where Migration, Operations and Dsl were loaded from: all a rendered file needs. */
  private static Path runtimeClasspath() throws URISyntaxException {
    return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /**
   * Drops are rendered by name, so the ops they build again carry no old definition; a rename's score is a comment,
   * so the op built again is certain.
   */
  private static List<MigrationOp> withoutExisting(List<MigrationOp> ops) {
    return ops.stream().map(RenderedMigrationRoundTripTest::withoutExisting).toList();
  }

  private static MigrationOp withoutExisting(MigrationOp op) {
    if (op instanceof DropTableOp drop) {
      return new DropTableOp(drop.table(), null);
    } else if (op instanceof DropColumnOp drop) {
      return new DropColumnOp(drop.table(), drop.column(), null);
    } else if (op instanceof DropForeignKeyOp drop) {
      return new DropForeignKeyOp(drop.table(), drop.name(), null);
    } else if (op instanceof DropUniqueConstraintOp drop) {
      return new DropUniqueConstraintOp(drop.table(), drop.name(), null);
    } else if (op instanceof DropIndexOp drop) {
      return new DropIndexOp(drop.table(), drop.name(), null);
    } else if (op instanceof DropSequenceOp drop) {
      return new DropSequenceOp(drop.name(), null);
    } else if (op instanceof DropPrimaryKeyOp drop) {
      return new DropPrimaryKeyOp(drop.table(), drop.name(), null);
    } else if (op instanceof RenameTableOp rename) {
      return new RenameTableOp(rename.from(), rename.to());
    } else if (op instanceof RenameColumnOp rename) {
      return new RenameColumnOp(rename.table(), rename.from(), rename.to());
    } else if (op instanceof DropCheckConstraintOp drop) {
      return new DropCheckConstraintOp(drop.table(), drop.name(), null);
    } else if (op instanceof DropEnumTypeOp drop) {
      return new DropEnumTypeOp(drop.name(), null);
    } else if (op instanceof AddEnumValueOp add) {
      return new AddEnumValueOp(add.type(), add.value(), add.position());
    } else if (op instanceof RenameEnumValueOp rename) {
      return new RenameEnumValueOp(rename.type(), rename.from(), rename.to());
    }
    return op;
  }
}
