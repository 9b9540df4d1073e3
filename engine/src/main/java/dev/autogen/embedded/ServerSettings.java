package dev.autogen.embedded;

import java.util.List;

/**
 * How the embedded server runs: on 127.0.0.1 only, with no Unix-domain socket, and durable (fsync,
 * synchronous_commit and full_page_writes on, whatever the data directory's postgresql.conf says), since users keep
 * data there. Tests, which throw their clusters away, may set the system property
 * {@code autogen.embedded.durability=off} for speed.
 */
record ServerSettings(boolean durable) {

  static final String DURABILITY_PROPERTY = "autogen.embedded.durability";

  static ServerSettings fromSystemProperties() {
    return new ServerSettings(!"off".equals(System.getProperty(DURABILITY_PROPERTY)));
  }

  List<String> serverArguments(int port) {
    String durability = durable ? "on" : "off";
    return List.of(
        "-c", "port=" + port,
        "-c", "listen_addresses=127.0.0.1",
        "-c", "unix_socket_directories=",
        "-c", "timezone=UTC",
        "-c", "max_connections=300",
        "-c", "fsync=" + durability,
        "-c", "synchronous_commit=" + durability,
        "-c", "full_page_writes=" + durability);
  }
}
