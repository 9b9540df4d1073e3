package dev.autogen.cli.training;

import dev.autogen.cli.AutogenCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build's training run for the CLI's class-data-sharing archive: runs the whole workflow once (init,
 * revision, upgrade, check, history, downgrade) on the embedded PostgreSQL, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} records every class a real command loads. Later starts map them instead of
 * loading and verifying them again. A failure here only costs start-up speed: it never fails the build.
 */
public final class ClassDataSharingTraining {

  private ClassDataSharingTraining() {
  }

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path project = Files.createTempDirectory("autogen-training");
    try {
      StringWriter output = new StringWriter();
      PrintWriter out = new PrintWriter(output);
      Map<String, String> environment = Map.of();
      String config = project.resolve("autogen.properties").toString();
      int failures = 0;
      failures += run(out, environment, "init", project.resolve("migrations").toString(),
          "--config-dir", project.toString());
      Files.writeString(project.resolve("autogen.properties"), String.join("\n",
          "script_location = migrations",
          "url = embedded",
          "entities.packages = " + TrainingEntity.class.getPackageName(),
          "entities.classpath = " + jar,
          ""));
      for (List<String> command : List.of(
          List.of("revision", "-m", "training", "-c", config),
          List.of("upgrade", "head", "-c", config),
          List.of("check", "-c", config),
          List.of("current", "-c", config),
          List.of("history", "-c", config),
          List.of("heads", "-c", config),
          List.of("upgrade", "base:head", "--sql", "-c", config),
          List.of("downgrade", "base", "-c", config))) {
        failures += run(out, environment, command.toArray(String[]::new));
      }
      out.flush();
      if (failures > 0) {
        System.err.println("class-data-sharing training: " + failures + " command(s) failed; the archive covers"
            + " less, nothing else changes\n" + output);
      }
    } finally {
      deleteTree(project);
    }
  }

  private static int run(PrintWriter out, Map<String, String> environment, String... args) {
    return AutogenCli.run(args, out, out, environment) == 0 ? 0 : 1;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
