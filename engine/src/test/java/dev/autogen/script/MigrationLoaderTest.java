package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

  @TempDir
  Path location;

  private MigrationSources sources;
  private ScriptDirectory scripts;
  private final MigrationLoader loader = new MigrationLoader();

  @BeforeEach
  void createVersionsDirectory() throws Exception {
    sources = new MigrationSources(location);
    scripts = new ScriptDirectory(location);
  }

  @Test
  void compilesSourcesIntoRunnableMigrations() throws Exception {
    Path first = sources.write("a91c0e5d22f0", null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"account\");");
    Path second = sources.write("3f2a9c41b7de", "a91c0e5d22f0", "add phone_number",
        "op.addColumn(\"account\", column(\"phone_number\", varchar(255)));",
        "op.dropColumn(\"account\", \"phone_number\");");

    List<LoadedRevision> loaded = loader.load(scripts.sources());

    assertThat(loaded).extracting(LoadedRevision::info).containsExactly(
        new RevisionInfo("3f2a9c41b7de", List.of("a91c0e5d22f0"), "add phone_number", "", second),
        new RevisionInfo("a91c0e5d22f0", List.of(), "create account", "", first));
    List<String> statements = new ArrayList<>();
    loaded.get(0).newInstance().upgrade(new Operations(new PostgresDialect(), statements::add));
    assertThat(statements).containsExactly("ALTER TABLE account ADD COLUMN phone_number character varying(255)");
  }

  @Test
  void compileErrorNamesFileAndLineOnOneLine() throws Exception {
    sources.write("a91c0e5d22f0", null, "ok", "op.execute(\"SELECT 1\");", "op.execute(\"SELECT 1\");");
    Path broken = sources.write("3f2a9c41b7de", "a91c0e5d22f0", "broken",
        "op.addColumn(\"account\", column(\"phone\", nosuchtype()));", "op.undefinedMethod(); int x = \"text\";");

    assertThatThrownBy(() -> loader.load(scripts.sources()))
        .isInstanceOf(MigrationCompileException.class)
        .hasMessageStartingWith(broken + ":12: cannot find symbol; symbol:")
        .hasMessageContaining("nosuchtype()")
        .hasMessageEndingWith("(and 2 more errors)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void duplicateIdNamesBothFiles() throws Exception {
    Path first = sources.write("a91c0e5d22f0", null, "one", "op.execute(\"SELECT 1\");", "");
    Path second = sources.write("Copy.java", source("Copy", "@Revision(id = \"a91c0e5d22f0\")", "Migration"));

    assertThatThrownBy(() -> loader.load(scripts.sources()))
        .isInstanceOf(ScriptException.class)
        .hasMessage("Revision id 'a91c0e5d22f0' is declared twice: in " + second + " and in " + first);
  }

  @Test
  void classWithoutRevisionAnnotationIsRejected() throws Exception {
    Path file = sources.write("Plain.java", source("Plain", "", "Migration"));

    assertThatThrownBy(() -> loader.load(scripts.sources()))
        .isInstanceOf(ScriptException.class)
        .hasMessage(file + ": no class annotated @Revision (found Plain)");
  }

  @Test
  void annotatedClassMustImplementMigration() throws Exception {
    Path file = sources.write("NotMigration.java", source("NotMigration", "@Revision(id = \"a91c0e5d22f0\")", null));

    assertThatThrownBy(() -> loader.load(scripts.sources()))
        .isInstanceOf(ScriptException.class)
        .hasMessage(file + ": class NotMigration does not implement dev.autogen.runtime.Migration");
  }

  @Test
  void malformedIdsAreRejected() throws Exception {
    Path file = sources.write("Rshort", "a91c0e5d22f0", "bad parent", "", "");

    assertThatThrownBy(() -> loader.load(scripts.sources()))
        .isInstanceOf(ScriptException.class)
        .hasMessage(file + ": revision id 'Rshort' is not 12 lowercase hexadecimal characters");
  }

  @Test
  void noSourcesMeansNoRevisions() {
    assertThat(loader.load(scripts.sources())).isEmpty();
  }

  @Test
  void classesOnTheClassPathLoadWithoutSources() {
    List<LoadedRevision> loaded = LoadedRevision.fromClasses(List.of(CompiledMigration.class));

    assertThat(loaded.get(0).info())
        .isEqualTo(new RevisionInfo("0123456789ab", List.of(), "compiled by the build", "", null));
    assertThat(loaded.get(0).location()).isEqualTo(CompiledMigration.class.getName());
    assertThat(loaded.get(0).newInstance()).isInstanceOf(CompiledMigration.class);
    assertThatThrownBy(() -> LoadedRevision.fromClasses(List.of(UnannotatedMigration.class)))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Migration " + UnannotatedMigration.class.getName() + " has no @Revision annotation");
  }

  private static String source(String className, String annotation, String implemented) {
    return "import dev.autogen.runtime.*;\n" + annotation + "\npublic class " + className
        + (implemented == null ? " {}\n"
            : " implements " + implemented + " {\n  public void upgrade(Operations op) {}\n"
                + "  public void downgrade(Operations op) {}\n}\n");
  }

  @Revision(id = "0123456789ab", message = "compiled by the build")
  static final class CompiledMigration implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("SELECT 1");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("SELECT 1");
    }
  }

  static final class UnannotatedMigration implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.execute("SELECT 1");
    }

    @Override
    public void downgrade(Operations op) {
      op.execute("SELECT 1");
    }
  }
}
