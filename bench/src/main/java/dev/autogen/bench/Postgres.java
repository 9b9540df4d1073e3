package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's PostgreSQL cluster on 127.0.0.1 (trust authentication) and its client programs. */
record Postgres(Path bin, int port, String user) {

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  List<String> psql(String database, String... args) {
    List<String> command = new ArrayList<>(List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1",
        "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", user, "-d", database));
    command.addAll(List.of(args));
    return command;
  }

  List<String> pgDumpSchema(String database) {
    return List.of(bin.resolve("pg_dump").toString(), "--schema-only", "-h", "127.0.0.1", "-p",
        Integer.toString(port), "-U", user, "-d", database, "-f", "/dev/null");
  }

  /** Drops and creates {@code database}, then runs {@code script} in it, one statement per transaction. */
  void recreate(String database, Path script, Path workDir) throws IOException, InterruptedException {
    recreateEmpty(database, workDir);
    TimedProcess.run(psql(database, "-f", script.toString()), workDir);
  }

  /** Drops and creates {@code database}, empty. */
  void recreateEmpty(String database, Path workDir) throws IOException, InterruptedException {
    TimedProcess.run(psql("postgres", "-c", "DROP DATABASE IF EXISTS " + database), workDir);
    TimedProcess.run(psql("postgres", "-c", "CREATE DATABASE " + database), workDir);
  }
}
