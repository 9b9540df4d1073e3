package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A server an earlier process left running on the data directory (the process was killed before it could stop it).
 * Only called while holding the {@link DataDirectoryLock}, so no live autogen process uses it: it is stopped
 * cleanly ({@code pg_ctl stop -m fast}, which rolls back what was in flight and keeps all that was committed).
 */
final class StaleServer {

  private StaleServer() {
  }

  static void stop(Path dataDirectory, PostgresCommands commands) {
    Optional<PostmasterPid> pidFile = PostmasterPid.read(dataDirectory);
    if (pidFile.isEmpty()) {
      return;
    }
    long pid = pidFile.get().pid();
    if (pidFile.get().isLiveServerFor(dataDirectory)) {
      commands.run("stopping the PostgreSQL (pid " + pid + ") a killed autogen process left running on "
          + dataDirectory, "pg_ctl", List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"),
          null, 90);
    } else if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      // the pid was reused by some other process, and PostgreSQL would refuse to start while it lives
      try {
        Files.deleteIfExists(dataDirectory.resolve(PostmasterPid.FILE_NAME));
      } catch (IOException e) {
        throw new EmbeddedServerException("cannot remove the stale " + dataDirectory.resolve(PostmasterPid.FILE_NAME)
            + ": " + e.getMessage(), e);
      }
    }
    // a dead pid: PostgreSQL itself recognises the stale file and starts with crash recovery
  }
}
