package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shadow-url} is checked before anything is read or connected to, and never printed with its password. */
class ShadowOptionsTest {

  @TempDir
  Path directory;

  @Test
  void shadowUrlThatIsNoPostgresUrlIsOneLineWithoutItsPassword() {
    CliProject project = new CliProject(directory).config("url = embedded", "entities.packages = com.example.model");

    for (String verb : new String[] {"check", "revision", "drift"}) {
      String[] args = verb.equals("revision")
          ? new String[] {"-m", "x", "--offline", "--shadow-url", "jdbc:mysql://db/x?password=s3cret"}
          : new String[] {"--shadow-url", "jdbc:mysql://db/x?password=s3cret"};
      assertThat(project.failWithOneLine(verb, args)).as(verb)
          .startsWith("ERROR: --shadow-url 'jdbc:mysql://db/x?password=")
          .endsWith("' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database, user and password as"
              + " its parameters)")
          .doesNotContain("s3cret");
    }
  }
}
