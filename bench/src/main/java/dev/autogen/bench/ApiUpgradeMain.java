package dev.autogen.bench;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * One {@code upgrade head} through the Java API, as an application runs it, as its own process:
 * {@code ApiUpgradeMain <jdbc url> <user> <classes dir>}, the directory holding the compiled revisions and their
 * index. Prints {@code steps=<applied> upgrade_ms=<load and upgrade>}.
 */
public final class ApiUpgradeMain {

  private ApiUpgradeMain() {
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    try (URLClassLoader migrations = new URLClassLoader(new URL[] {Path.of(args[2]).toUri().toURL()},
        ApiUpgradeMain.class.getClassLoader())) {
      MigrationResult result = Autogen.configure()
          .connections(() -> DriverManager.getConnection(args[0], args[1], ""))
          .classLoader(migrations)
          .load()
          .upgrade("head");
      System.out.println("steps=" + result.steps().size() + " upgrade_ms=" + (System.nanoTime() - start) / 1_000_000);
    }
  }
}
