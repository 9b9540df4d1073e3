package dev.autogen.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Migration;
import dev.autogen.spring.fixtures.FixtureApplication;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A start with nothing to apply builds the graph from the revision index and checks the applied revisions by the
 * file checksums the index recorded: it loads no migration class. The migrations are compiled here, as an
 * application's build compiles them, into a directory only a recording class loader sees.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class NothingPendingLoadsNoMigrationIT {

  @TempDir
  Path sources;

  @TempDir
  Path classes;

  @Test
  void aSecondStartAtHeadLoadsNoMigrationClass(TestDatabase db) throws Exception {
    write("RA", "0c0000000001", null, "CREATE TABLE lazy_a (id bigint)");
    write("RB", "0c0000000002", "0c0000000001", "CREATE TABLE lazy_b (id bigint)");
    compile();

    try (RecordingClassLoader first = new RecordingClassLoader(classes);
        ConfigurableApplicationContext context = start(db, first)) {
      assertThat(context.getBean(AutogenMigrationInitializer.class).result().steps()).hasSize(2);
      assertThat(first.loaded).containsExactlyInAnyOrder("lazydb.RA", "lazydb.RB");
    }

    try (RecordingClassLoader second = new RecordingClassLoader(classes);
        ConfigurableApplicationContext context = start(db, second)) {
      assertThat(context.getBean(AutogenMigrationInitializer.class).result().steps()).isEmpty();
      assertThat(context.getBean(dev.autogen.runtime.Autogen.class).pending()).isEmpty();
      assertThat(second.loaded).isEmpty();
    }
  }

  private static ConfigurableApplicationContext start(TestDatabase db, ClassLoader loader) {
    return new SpringApplicationBuilder(FixtureApplication.class)
        .resourceLoader(new DefaultResourceLoader(loader))
        .web(WebApplicationType.NONE)
        .properties(
            "spring.datasource.url=" + db.jdbcUrl(),
            "spring.datasource.username=" + db.user(),
            "spring.datasource.password=" + db.password(),
            "spring.jpa.hibernate.ddl-auto=none",
            "spring.main.banner-mode=off",
            "autogen.locations=classpath:lazydb")
        .run();
  }

  private void write(String className, String id, String parent, String sql) throws Exception {
    Files.createDirectories(sources.resolve("lazydb"));
    Files.writeString(sources.resolve("lazydb/" + className + ".java"), String.join("\n",
        "package lazydb;",
        "@dev.autogen.runtime.Revision(id = \"" + id + "\"" + (parent == null ? "" : ", revises = \"" + parent + "\"")
            + ")",
        "public final class " + className + " implements dev.autogen.runtime.Migration {",
        "  @Override public void upgrade(dev.autogen.runtime.Operations op) { op.execute(\"" + sql + "\"); }",
        "  @Override public void downgrade(dev.autogen.runtime.Operations op) { }",
        "}",
        ""));
  }

  // javac with the runtime on the class path, so the index processor runs as in an application's build
  private void compile() throws Exception {
    String runtime = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int exit = ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, "--release", "17",
        "-classpath", runtime, "-d", classes.toString(), sources.resolve("lazydb/RA.java").toString(),
        sources.resolve("lazydb/RB.java").toString());
    assertThat(exit).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(classes.resolve("META-INF/autogen/revisions.idx")).exists();
  }

  /** Sees the compiled migrations, and records each class it loads from them. */
  private static final class RecordingClassLoader extends URLClassLoader {

    final List<String> loaded = new CopyOnWriteArrayList<>();

    RecordingClassLoader(Path classes) throws Exception {
      super(new URL[] {classes.toUri().toURL()}, NothingPendingLoadsNoMigrationIT.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      Class<?> type = super.findClass(name);
      loaded.add(name);
      return type;
    }
  }
}
