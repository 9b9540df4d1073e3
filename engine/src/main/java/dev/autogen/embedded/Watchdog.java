package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stops the server when the process that started it dies without stopping it (killed with {@code kill -9}, say):
 * a small shell loop that polls the JVM's pid every second and then sends the server SIGINT, PostgreSQL's fast
 * shutdown. The pids are the shell's positional parameters, never part of its script. Where there is no
 * {@code /bin/sh} there is no watchdog; the next command stops a server left behind (see {@link StaleServer}).
 */
final class Watchdog {

  private static final Path SHELL = Path.of("/bin/sh");
  private static final String SCRIPT = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill -INT \"$2\" 2>/dev/null";

  private Watchdog() {
  }

  static Optional<Process> start(long serverPid) {
    if (!Files.isExecutable(SHELL)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ProcessBuilder(SHELL.toString(), "-c", SCRIPT, "autogen-watchdog",
          Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid))
          .redirectInput(ProcessBuilder.Redirect.from(PostgresCommands.nullDevice()))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start());
    } catch (IOException e) {
      return Optional.empty(); // the next command stops a server left behind
    }
  }
}
