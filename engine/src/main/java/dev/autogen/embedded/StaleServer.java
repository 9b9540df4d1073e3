package dev.autogen.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A server an earlier process left running on the data directory (the process was killed before it could stop it).
 * Only called while holding the {@link DataDirectoryLock}, so no live autogen process uses it: it is stopped
 * cleanly ({@code pg_ctl stop -m fast}, which rolls back what was in flight and keeps all that was committed).
 */
final class StaleServer {

  private StaleServer() {
  }

  static void stop(Path dataDirectory, PostgresCommands commands, Consumer<String> notes) {
    Optional<PostmasterPid> pidFile = PostmasterPid.read(dataDirectory);
    if (pidFile.isEmpty()) {
      return;
    }
    long pid = pidFile.get().pid();
    if (pidFile.get().isLiveServerFor(dataDirectory)) {
      notes.accept("Stopping the PostgreSQL (pid " + pid + ") that a killed autogen process left running on "
          + dataDirectory);
      try {
        commands.run("stopping the PostgreSQL (pid " + pid + ") a killed autogen process left running on "
            + dataDirectory, "pg_ctl", List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"),
            null, 90);
      } catch (EmbeddedServerException e) {
        // the killed process's watchdog may have stopped it first, leaving pg_ctl nothing to stop
        if (PostmasterPid.read(dataDirectory).filter(again -> again.pid() == pid).isPresent()
            && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
          throw e;
        }
      }
    } else if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      // most likely the pid was reused after a reboot; but two servers on one directory would corrupt it
      throw new EmbeddedServerException(dataDirectory.resolve(PostmasterPid.FILE_NAME) + " names process " + pid
          + ", which is running but cannot be recognised as a PostgreSQL on this directory; if it is not one, delete "
          + PostmasterPid.FILE_NAME + " and run the command again");
    }
    // a dead pid: PostgreSQL itself recognises the stale file and starts with crash recovery
  }
}
