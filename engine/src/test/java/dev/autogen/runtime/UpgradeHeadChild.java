package dev.autogen.runtime;

import dev.autogen.script.MigrationLoader;
import dev.autogen.script.ScriptDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;

/**
 * One application instance of {@link EightJvmUpgradeIT}: loads the revisions, says it is ready, waits for the go,
 * runs {@code upgrade("head")} through the Java API and prints how many steps it took.
 */
public final class UpgradeHeadChild {

  private UpgradeHeadChild() {
  }

  public static void main(String[] args) throws Exception {
    Path location = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path directory = Path.of(args[2]);
    String index = args[3];
    String url = System.getenv("CHILD_JDBC_URL");
    String user = System.getenv("CHILD_JDBC_USER");
    String password = System.getenv("CHILD_JDBC_PASSWORD");
    Autogen autogen = Autogen.configure()
        .connections(() -> DriverManager.getConnection(url, user, password))
        .revisions(new MigrationLoader(List.of(), cache).load(new ScriptDirectory(location).sources()))
        .lockTimeout(Duration.ofSeconds(120))
        .load();
    autogen.graph();
    Files.createFile(directory.resolve("ready-" + index));
    while (!Files.exists(directory.resolve("go"))) {
      Thread.sleep(5);
    }
    MigrationResult result = autogen.upgrade("head");
    System.out.println("steps=" + result.steps().size());
  }
}
