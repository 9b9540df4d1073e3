package dev.autogen.runtime.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.MigrationChecksum;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.Step;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index the processor writes while javac compiles an application, and the runtime reading it back. */
class RevisionIndexProcessorTest {

  @TempDir
  Path sources;

  @TempDir
  Path classes;

  @Test
  void writesOneLinePerRevisionWithTheSourceBytesChecksumAndTheRuntimeLoadsThem() throws Exception {
    Path create = write("com/example/db/R0a1b2c3d4e5f_Create.java", migration("com.example.db", "R0a1b2c3d4e5f_Create",
        "0a1b2c3d4e5f", null, "op.createTable(\"account\", column(\"id\", bigint()).notNull());"));
    Path add = write("com/example/db/more/R5f4e3d2c1b0a_AddName.java", migration("com.example.db.more",
        "R5f4e3d2c1b0a_AddName", "5f4e3d2c1b0a", "0a1b2c3d4e5f", "op.addColumn(\"account\", column(\"name\", text()));"));
    write("com/example/other/Helper.java", "package com.example.other;\npublic final class Helper {}\n");

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).as(result.diagnostics()).isTrue();
    assertThat(Files.readString(classes.resolve(RevisionIndex.RESOURCE))).isEqualTo(String.join("\n",
        "# autogen revision index v2",
        "com.example.db.R0a1b2c3d4e5f_Create\t0a1b2c3d4e5f\t" + MigrationChecksum.ofFile(create) + "\t\t\t\ttrue\t\t",
        "com.example.db.more.R5f4e3d2c1b0a_AddName\t5f4e3d2c1b0a\t" + MigrationChecksum.ofFile(add)
            + "\t0a1b2c3d4e5f\t\t\ttrue\t\t",
        ""));

    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      List<LoadedRevision> all = CompiledRevisions.load(app, List.of());
      assertThat(all).extracting(revision -> revision.info().id()).containsExactly("0a1b2c3d4e5f", "5f4e3d2c1b0a");
      assertThat(all.get(1).info().parents()).containsExactly("0a1b2c3d4e5f");
      assertThat(all.get(1).info().source()).isNull();
      assertThat(all.get(1).fileChecksum()).isEqualTo(MigrationChecksum.ofFile(add));

      List<String> statements = new ArrayList<>();
      all.get(1).newInstance().upgrade(new Operations(new PostgresDialect(), statements::add));
      assertThat(statements).containsExactly("ALTER TABLE account ADD COLUMN name text");

      assertThat(CompiledRevisions.load(app, List.of("com.example.db.more")))
          .extracting(revision -> revision.info().id()).containsExactly("5f4e3d2c1b0a");
      assertThat(CompiledRevisions.load(app, List.of("com.example.dbx"))).isEmpty();
    }
  }

  @Test
  void anIncrementalCompileKeepsTheRevisionsItDidNotCompileAgain(@TempDir Path more) throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, ""));
    Path b = write("db/RB.java", migration("db", "RB", "5f4e3d2c1b0a", "0a1b2c3d4e5f", ""));
    assertThat(AppCompiler.compile(sources, classes).success()).isTrue();

    // only RB (changed) and RC (new) are compiled again; RA's entry stays
    Files.createDirectories(more.resolve("db"));
    Path changedB = Files.writeString(more.resolve("db/RB.java"),
        migration("db", "RB", "5f4e3d2c1b0a", "0a1b2c3d4e5f", "op.execute(\"SELECT 1\");"));
    Path c = Files.writeString(more.resolve("db/RC.java"), migration("db", "RC", "c0ffee000001", "5f4e3d2c1b0a", ""));
    AppCompiler.Result result = AppCompiler.compileMore(more, classes);

    assertThat(result.success()).as(result.diagnostics()).isTrue();
    assertThat(Files.readString(classes.resolve(RevisionIndex.RESOURCE)).lines().skip(1))
        .containsExactly(
            "db.RA\t0a1b2c3d4e5f\t" + MigrationChecksum.ofFile(sources.resolve("db/RA.java")) + "\t\t\t\ttrue\t\t",
            "db.RB\t5f4e3d2c1b0a\t" + MigrationChecksum.ofFile(changedB) + "\t0a1b2c3d4e5f\t\t\ttrue\t\t",
            "db.RC\tc0ffee000001\t" + MigrationChecksum.ofFile(c) + "\t5f4e3d2c1b0a\t\t\ttrue\t\t");
    assertThat(MigrationChecksum.ofFile(changedB)).isNotEqualTo(MigrationChecksum.ofFile(b));
  }

  @Test
  void aSourceHeldInMemoryIsIndexedWithTheChecksumOfItsUtf8Text() throws Exception {
    String source = migration("db", "RMemory", "0a1b2c3d4e5f", null, "op.execute(\"SELECT 'é'\");");
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    javax.tools.JavaFileObject input = new javax.tools.SimpleJavaFileObject(
        java.net.URI.create("mem:///db/RMemory.java"), javax.tools.JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("--release", "17", "-classpath", AppCompiler.runtimeClasses().toString(),
        "-d", classes.toString());

    assertThat(javac.getTask(null, null, null, options, null, List.of(input)).call()).isTrue();

    Path onDisk = Files.writeString(sources.resolve("RMemory.java"), source);
    assertThat(Files.readString(classes.resolve(RevisionIndex.RESOURCE)).lines().skip(1))
        .containsExactly("db.RMemory\t0a1b2c3d4e5f\t" + MigrationChecksum.ofFile(onDisk) + "\t\t\t\ttrue\t\t");
  }

  @Test
  void aRevisionThatIsNoMigrationFailsTheCompileNamingTheClass() throws Exception {
    write("db/NotAMigration.java", String.join("\n",
        "package db;",
        "@dev.autogen.runtime.Revision(id = \"0a1b2c3d4e5f\")",
        "public final class NotAMigration {}",
        ""));

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .contains("db.NotAMigration is annotated @Revision but does not implement dev.autogen.runtime.Migration");
  }

  @Test
  void anIdDeclaredTwiceOrMalformedFailsTheCompile() throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, ""));
    write("db/RB.java", migration("db", "RB", "0a1b2c3d4e5f", null, ""));
    write("db/RC.java", migration("db", "RC", "NOT-AN-ID", null, ""));

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .contains("Revision id '0a1b2c3d4e5f' is declared twice: by db.RA and by db.RB")
        .contains("db.RC: revision id 'NOT-AN-ID' is not 12 lowercase hexadecimal characters");
  }

  @Test
  void anIndexedClassMissingAtRunTimeIsNamed() throws Exception {
    Files.createDirectories(classes.resolve("META-INF/autogen"));
    Files.writeString(classes.resolve(RevisionIndex.RESOURCE),
        "# autogen revision index v1\ndb.Gone\t0a1b2c3d4e5f\t-\n");

    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> CompiledRevisions.load(app, List.of()))
          .isInstanceOf(RevisionException.class)
          .hasMessageStartingWith("Revision 0a1b2c3d4e5f: class db.Gone is in META-INF/autogen/revisions.idx but"
              + " cannot be loaded");
    }
  }

  @Test
  void aV2IndexClassMissingAtRunTimeIsNamedWhenItsStepRuns() throws Exception {
    Files.createDirectories(classes.resolve("META-INF/autogen"));
    Files.writeString(classes.resolve(RevisionIndex.RESOURCE),
        "# autogen revision index v2\ndb.Gone\t0a1b2c3d4e5f\t-\t\t\t\ttrue\t\t\n");

    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      LoadedRevision gone = CompiledRevisions.load(app, List.of()).get(0);
      assertThat(gone.location()).isEqualTo("db.Gone");
      assertThatThrownBy(gone::newInstance)
          .isInstanceOf(RevisionException.class)
          .hasMessageStartingWith("Revision 0a1b2c3d4e5f: class db.Gone is in META-INF/autogen/revisions.idx but"
              + " cannot be loaded");
    }
  }

  @Test
  void writesWhatTheGraphReadsFromTheAnnotationEscaped() throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, ""));
    write("db/RB.java", migration("db", "RB", "5f4e3d2c1b0a", null, ""));
    write("db/RMerge.java", revision("db", "RMerge", "@Revision(id = \"c0ffee000001\","
        + " revises = {\"0a1b2c3d4e5f\", \"5f4e3d2c1b0a\"}, dependsOn = \"5f4e3d2c1b0a\","
        + " branchLabels = {\"feature,x\", \"other\"}, transactional = false, created = \"2026-12-06 10:00:00\","
        + " message = \"Merge\\tthe two, with a \\\\ and\\na second line\")"));

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).as(result.diagnostics()).isTrue();
    String line = Files.readString(classes.resolve(RevisionIndex.RESOURCE)).lines()
        .filter(text -> text.startsWith("db.RMerge\t")).findFirst().orElseThrow();
    assertThat(line).isEqualTo("db.RMerge\tc0ffee000001\t" + MigrationChecksum.ofFile(sources.resolve("db/RMerge.java"))
        + "\t0a1b2c3d4e5f,5f4e3d2c1b0a\t5f4e3d2c1b0a\tfeature\\,x,other\tfalse\t2026-12-06 10:00:00"
        + "\tMerge\\tthe two\\, with a \\\\ and\\na second line");

    RevisionInfo info = RevisionIndex.parse(
        new java.io.ByteArrayInputStream(Files.readAllBytes(classes.resolve(RevisionIndex.RESOURCE))), "test")
        .stream().filter(entry -> entry.className().equals("db.RMerge")).findFirst().orElseThrow().info();
    assertThat(info).isEqualTo(new RevisionInfo("c0ffee000001", List.of("0a1b2c3d4e5f", "5f4e3d2c1b0a"),
        "Merge\tthe two, with a \\ and\na second line", "2026-12-06 10:00:00", null, List.of("feature,x", "other"),
        List.of("5f4e3d2c1b0a"), false));
  }

  @Test
  void aSquashLineCarriesWhatItReplacesInATenthField() throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, ""));
    write("db/RS.java", revision("db", "RS", "@Revision(id = \"5ea5ed000001\", revises = \"0a1b2c3d4e5f\","
        + " replaces = {\"5f4e3d2c1b0a\", \"c0ffee000001\"}, created = \"2026-12-06 10:00:00\", message = \"squash\")"));

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).as(result.diagnostics()).isTrue();
    String index = Files.readString(classes.resolve(RevisionIndex.RESOURCE));
    assertThat(index.lines().filter(text -> text.startsWith("db.RS\t")).findFirst().orElseThrow())
        .endsWith("\tsquash\t5f4e3d2c1b0a,c0ffee000001");
    assertThat(index.lines().filter(text -> text.startsWith("db.RA\t")).findFirst().orElseThrow().split("\t", -1))
        .as("a revision replacing none keeps the nine fields").hasSize(9);
    RevisionInfo info = RevisionIndex.parse(new java.io.ByteArrayInputStream(index.getBytes(
        java.nio.charset.StandardCharsets.UTF_8)), "test").stream()
        .filter(entry -> entry.className().equals("db.RS")).findFirst().orElseThrow().info();
    assertThat(info.replaces()).containsExactly("5f4e3d2c1b0a", "c0ffee000001");
  }

  @Test
  void theGraphIsBuiltAndNothingPendingFoundWithoutLoadingAMigrationClass() throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, "op.execute(\"SELECT 1\");"));
    write("db/RB.java", migration("db", "RB", "5f4e3d2c1b0a", "0a1b2c3d4e5f", "op.execute(\"SELECT 2\");"));
    assertThat(AppCompiler.compile(sources, classes).success()).isTrue();

    try (RecordingClassLoader app = new RecordingClassLoader(classes)) {
      List<LoadedRevision> revisions = CompiledRevisions.load(app, List.of());
      RevisionGraph graph = new RevisionGraph(revisions.stream().map(LoadedRevision::info).toList());

      assertThat(graph.heads()).extracting(RevisionInfo::id).containsExactly("5f4e3d2c1b0a");
      assertThat(graph.upgradeSteps(Set.of("5f4e3d2c1b0a"), "head")).isEmpty();
      assertThat(revisions).extracting(LoadedRevision::fileChecksum)
          .containsExactly(MigrationChecksum.ofFile(sources.resolve("db/RA.java")),
              MigrationChecksum.ofFile(sources.resolve("db/RB.java")));
      assertThat(app.loaded).isEmpty();

      // a step that runs loads its class, and that one alone
      List<Step> steps = graph.upgradeSteps(Set.of("0a1b2c3d4e5f"), "head");
      assertThat(steps).hasSize(1);
      List<String> statements = new ArrayList<>();
      revisions.get(1).newInstance().upgrade(new Operations(new PostgresDialect(), statements::add));
      assertThat(statements).containsExactly("SELECT 2");
      assertThat(app.loaded).containsExactly("db.RB");
    }
  }

  @Test
  void anOldIndexWithoutTheAnnotationFieldsIsReadByLoadingTheClasses() throws Exception {
    write("db/RA.java", migration("db", "RA", "0a1b2c3d4e5f", null, ""));
    write("db/RB.java", migration("db", "RB", "5f4e3d2c1b0a", "0a1b2c3d4e5f", ""));
    assertThat(AppCompiler.compile(sources, classes).success()).isTrue();
    Files.writeString(classes.resolve(RevisionIndex.RESOURCE),
        "# autogen revision index v1\ndb.RA\t0a1b2c3d4e5f\tabc\ndb.RB\t5f4e3d2c1b0a\t-\n");

    try (RecordingClassLoader app = new RecordingClassLoader(classes)) {
      List<LoadedRevision> revisions = CompiledRevisions.load(app, List.of());

      assertThat(app.loaded).containsExactly("db.RA", "db.RB");
      assertThat(revisions).extracting(LoadedRevision::info).extracting(RevisionInfo::parents)
          .containsExactly(List.of(), List.of("0a1b2c3d4e5f"));
      assertThat(revisions).extracting(LoadedRevision::fileChecksum).containsExactly("abc", null);
    }
  }

  @Test
  void aClassThatNoLongerSaysWhatItsIndexLineSaysIsRefusedWhenLoaded() throws Exception {
    write("db/RB.java", migration("db", "RB", "5f4e3d2c1b0a", null, ""));
    assertThat(AppCompiler.compile(sources, classes).success()).isTrue();
    // the class compiled again elsewhere with another parent, the index left as it was
    Files.writeString(classes.resolve(RevisionIndex.RESOURCE),
        "# autogen revision index v2\ndb.RB\t5f4e3d2c1b0a\t-\t0a1b2c3d4e5f\t\t\ttrue\t\t\n");

    try (URLClassLoader app = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      LoadedRevision stale = CompiledRevisions.load(app, List.of()).get(0);
      assertThatThrownBy(stale::newInstance)
          .isInstanceOf(RevisionException.class)
          .hasMessage("Revision 5f4e3d2c1b0a: the @Revision of class db.RB does not match"
              + " META-INF/autogen/revisions.idx; rebuild the application");
    }
  }

  @Test
  void referencesTheGraphWouldRefuseFailTheCompile() throws Exception {
    write("db/RA.java", revision("db", "RA", "@Revision(id = \"0a1b2c3d4e5f\", revises = \"0A1B\","
        + " branchLabels = \"feature\")"));
    write("db/RB.java", revision("db", "RB", "@Revision(id = \"5f4e3d2c1b0a\", dependsOn = \"nope\","
        + " branchLabels = \"feature\")"));

    AppCompiler.Result result = AppCompiler.compile(sources, classes);

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .contains("db.RA: '0A1B' in revises or dependsOn is not a revision id (12 lowercase hexadecimal characters)")
        .contains("db.RB: 'nope' in revises or dependsOn is not a revision id")
        .contains("db.RB: branch label 'feature' is already used by db.RA");
  }

  /** A class loader for the compiled application that records which of its classes are loaded. */
  private static final class RecordingClassLoader extends URLClassLoader {

    final List<String> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();

    RecordingClassLoader(Path classes) throws Exception {
      super(new URL[] {classes.toUri().toURL()}, RevisionIndexProcessorTest.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> type = super.findClass(name);
      loaded.add(name);
      return type;
    }
  }

  private static String revision(String packageName, String className, String annotation) {
    return String.join("\n",
        "package " + packageName + ";",
        "",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        annotation,
        "public final class " + className + " implements Migration {",
        "  @Override public void upgrade(Operations op) { }",
        "  @Override public void downgrade(Operations op) { }",
        "}",
        "");
  }

  private Path write(String path, String text) throws Exception {
    Path file = sources.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String migration(String packageName, String className, String id, String parent, String upgrade) {
    return String.join("\n",
        "package " + packageName + ";",
        "",
        "import static dev.autogen.runtime.Dsl.*;",
        "",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        "@Revision(id = \"" + id + "\"" + (parent == null ? "" : ", revises = \"" + parent + "\"") + ")",
        "public final class " + className + " implements Migration {",
        "  @Override public void upgrade(Operations op) { " + upgrade + " }",
        "  @Override public void downgrade(Operations op) { }",
        "}",
        "");
  }
}
