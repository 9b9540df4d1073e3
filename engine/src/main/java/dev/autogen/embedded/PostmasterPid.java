package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a running PostgreSQL writes into {@code postmaster.pid} in its data directory: its pid, the data directory,
 * its port and (since PostgreSQL 10) its status, {@code ready} once it accepts connections.
 */
record PostmasterPid(long pid, Path dataDirectory, int port, String status) {

  static final String FILE_NAME = "postmaster.pid";

  static Optional<PostmasterPid> read(Path dataDirectory) {
    try {
      List<String> lines = Files.readAllLines(dataDirectory.resolve(FILE_NAME));
      if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+")) {
        return Optional.empty(); // being written
      }
      String port = lines.get(3).strip();
      return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip()),
          port.matches("\\d+") ? Integer.parseInt(port) : 0, lines.size() > 7 ? lines.get(7).strip() : ""));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new EmbeddedServerException("cannot read " + dataDirectory.resolve(FILE_NAME) + ": " + e.getMessage(), e);
    }
  }

  boolean ready() {
    return status.equals("ready");
  }

  /** Whether this pid is a live PostgreSQL server for {@code dataDirectory} (not a process that reused the pid). */
  boolean isLiveServerFor(Path dataDirectory) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    ProcessHandle.Info info = process.get().info();
    boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString())
        .map(name -> name.equals("postgres") || name.equals("postgres.exe")).orElse(false);
    boolean sameDirectory = info.arguments()
        .map(arguments -> List.of(arguments).contains(dataDirectory.toString())).orElse(true);
    return postgres && sameDirectory;
  }
}
