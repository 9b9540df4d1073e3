package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same revision files applied two ways: by the command line, which compiles the sources itself, and by an
 * application that compiled them with its build (javac and the revision index processor) and runs them through the
 * Java API. Both databases end with the same version table, the same history checksums and the same catalog, and
 * each way accepts what the other applied.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class CompiledMigrationsIT {

  private static final String CREATE = "aaaaaaaaaaa1";
  private static final String SEED = "bbbbbbbbbbb2";
  private static final String HISTORY = "SELECT revision || ' ' || action || ' ' || coalesce(checksum, '-') || ' '"
      + " || coalesce(file_checksum, '-') FROM autogen_version_history ORDER BY id";
  private static final String COLUMNS = "SELECT table_name || '.' || column_name || ' ' || data_type || ' '"
      + " || is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1";
  private static final String CONSTRAINTS = "SELECT conrelid::regclass || ' ' || conname || ' '"
      + " || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1";

  @TempDir
  Path directory;

  @TempDir
  Path appClasses;

  @Test
  void commandLineFromSourcesAndApplicationFromIndexAgree(TestDatabase cliDatabase, TestDatabase appDatabase)
      throws Exception {
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", cliDatabase.password());
    project.init();
    project.config("url = " + cliDatabase.jdbcUrl(), "user = " + cliDatabase.user());
    handWritten(project, CREATE,
        "op.createTable(\"customer\", column(\"id\", bigint()).notNull(), column(\"name\", varchar(80)),"
            + " primaryKey(\"id\"));",
        "op.dropTable(\"customer\");");
    handWritten(project, SEED,
        "op.batch(\"INSERT INTO customer (id, name) VALUES (?, ?)\", java.util.List.of("
            + "new Object[] {1, \"Ada\"}, new Object[] {2, \"Grace\"}));",
        "op.update(\"DELETE FROM customer WHERE id IN (?, ?)\", 1, 2);");

    project.succeed("upgrade", "head");

    try (URLClassLoader app = compileAsAnApplication(project.versions())) {
      Autogen autogen = Autogen.configure()
          .connections(appDatabase::connect)
          .classLoader(app)
          .locations("classpath:com/example/db/migration")
          .load();
      assertThat(autogen.pending()).extracting(revision -> revision.id()).containsExactly(CREATE, SEED);

      MigrationResult result = autogen.upgrade("head");

      assertThat(result.headsBefore()).isEmpty();
      assertThat(result.headsAfter()).containsExactly(SEED);
      assertThat(result.steps()).extracting(step -> step.revision().id()).containsExactly(CREATE, SEED);

      Catalog cli = new Catalog(cliDatabase);
      Catalog application = new Catalog(appDatabase);
      assertThat(application.versions()).containsExactly(SEED).isEqualTo(cli.versions());
      List<String> history = application.query(HISTORY);
      assertThat(history).hasSize(2).allMatch(row -> row.matches("\\w{12} upgrade [0-9a-f]{64} [0-9a-f]{64}"));
      assertThat(history).isEqualTo(cli.query(HISTORY));
      assertThat(application.query(COLUMNS)).isNotEmpty().isEqualTo(cli.query(COLUMNS));
      assertThat(application.query(CONSTRAINTS)).isNotEmpty().isEqualTo(cli.query(CONSTRAINTS));
      assertThat(application.query("SELECT id || ':' || name FROM customer ORDER BY id"))
          .containsExactly("1:Ada", "2:Grace").isEqualTo(cli.query("SELECT id || ':' || name FROM customer ORDER BY id"));

      // each accepts the other's history: same checksums, nothing changed, nothing left to do
      Autogen onCliDatabase = Autogen.configure().connections(cliDatabase::connect).classLoader(app)
          .locations("com.example.db.migration").load();
      assertThat(onCliDatabase.validate().isValid()).isTrue();
      assertThat(onCliDatabase.pending()).isEmpty();
      project.config("url = " + appDatabase.jdbcUrl(), "user = " + appDatabase.user());
      project.succeed("upgrade", "head");
      assertThat(project.succeed("current").outLines()).containsExactly(SEED + " (head)");
      assertThat(application.query(HISTORY)).isEqualTo(history);
    }
  }

  /**
   * {@code revision} and {@code merge} into the application's own source folder: the files declare the package of
   * their directory, the command line compiles and applies them as they are, and the application's build compiles
   * the same files unchanged, with the same checksums.
   */
  @Test
  void revisionsWrittenIntoAnApplicationSourceFolderCompileWithTheApplication(TestDatabase cliDatabase,
      TestDatabase appDatabase) throws Exception {
    Path versions = directory.resolve("src/main/java/com/example/db/versions");
    Files.createDirectories(versions);
    CliProject project = new CliProject(directory).environment("AUTOGEN_PASSWORD", cliDatabase.password());
    project.config("url = " + cliDatabase.jdbcUrl(), "user = " + cliDatabase.user(),
        "script_location = src/main/java/com/example/db");
    GeneratedRevision create = fill(CliProject.generated(project.succeed("revision", "-m", "create", "--rev-id", CREATE)),
        "op.createTable(\"customer\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"customer\");");
    GeneratedRevision seed = fill(CliProject.generated(project.succeed("revision", "-m", "seed", "--rev-id", SEED)),
        "op.update(\"INSERT INTO customer (id) VALUES (?)\", 1);",
        "op.update(\"DELETE FROM customer WHERE id = ?\", 1);");
    GeneratedRevision index = fill(CliProject.generated(
            project.succeed("revision", "-m", "index", "--rev-id", "ccccccccccc3", "--head", CREATE, "--splice")),
        "op.execute(\"CREATE TABLE audit (id bigint)\");",
        "op.execute(\"DROP TABLE audit\");");
    GeneratedRevision merge = CliProject.generated(project.succeed("merge", "-m", "join", "--rev-id", "ddddddddddd4"));
    for (GeneratedRevision revision : List.of(create, seed, index, merge)) {
      assertThat(revision.file().getParent()).isEqualTo(versions);
      assertThat(revision.source()).startsWith("package com.example.db.versions;\n\nimport ");
    }

    project.succeed("upgrade", "head");
    assertThat(project.succeed("current").outLines()).containsExactly("ddddddddddd4 (head)");

    try (URLClassLoader app = compileAsAnApplication(versions)) {
      assertThat(appClasses.resolve("com/example/db/versions/" + className(merge) + ".class")).exists();
      Autogen autogen = Autogen.configure().connections(appDatabase::connect).classLoader(app)
          .locations("classpath:com/example/db/versions").load();
      assertThat(autogen.upgrade("head").headsAfter()).containsExactly("ddddddddddd4");

      Catalog cli = new Catalog(cliDatabase);
      Catalog application = new Catalog(appDatabase);
      List<String> history = application.query(HISTORY);
      assertThat(history).hasSize(4).allMatch(row -> row.matches("\\w{12} upgrade [0-9a-f]{64} [0-9a-f]{64}"));
      assertThat(history).isEqualTo(cli.query(HISTORY));
      assertThat(application.query(COLUMNS)).isNotEmpty().isEqualTo(cli.query(COLUMNS));
      assertThat(application.query("SELECT id FROM customer")).containsExactly("1");

      // each accepts what the other applied
      assertThat(Autogen.configure().connections(cliDatabase::connect).classLoader(app)
          .locations("com.example.db.versions").load().validate().isValid()).isTrue();
      project.config("url = " + appDatabase.jdbcUrl(), "user = " + appDatabase.user(),
          "script_location = src/main/java/com/example/db");
      project.succeed("upgrade", "head");
      assertThat(application.query(HISTORY)).isEqualTo(history);
    }
  }

  private static GeneratedRevision fill(GeneratedRevision revision, String upgrade, String downgrade) {
    revision.insertAfter("public void upgrade(Operations op) {", upgrade);
    revision.insertAfter("public void downgrade(Operations op) {", downgrade);
    return revision;
  }

  private static String className(GeneratedRevision revision) {
    String name = revision.file().getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  private static GeneratedRevision handWritten(CliProject project, String id, String upgrade, String downgrade) {
    GeneratedRevision revision = CliProject.generated(project.succeed("revision", "-m", "step " + id, "--rev-id", id));
    // in a package, as an application keeps them; the command line compiles them all the same
    CliProject.write(revision.file(), "package com.example.db.migration;\n\n" + revision.source());
    revision.insertAfter("public void upgrade(Operations op) {", upgrade);
    revision.insertAfter("public void downgrade(Operations op) {", downgrade);
    return revision;
  }

  /** javac over the revision files with the runtime alone on the class path, as an application's build runs it. */
  private URLClassLoader compileAsAnApplication(Path versions) throws Exception {
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-classpath",
        Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
        "-d", appClasses.toString()));
    try (Stream<Path> files = Files.list(versions)) {
      files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> arguments.add(file.toString()));
    }
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics,
        arguments.toArray(String[]::new));
    assertThat(exit).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(appClasses.resolve("META-INF/autogen/revisions.idx")).exists();
    return new URLClassLoader(new URL[] {appClasses.toUri().toURL()}, getClass().getClassLoader());
  }
}
