package dev.autogen.maven;

/**
 * Keeps the libraries autogen runs on from filling the build log: Hibernate's boot and the embedded PostgreSQL log at
 * INFO, which the Maven log would show line for line. Set as system properties, read by Maven's SLF4J simple logger
 * when those loggers are created; a value the user set wins.
 */
final class LibraryLogging {

  private static final String LEVEL = "org.slf4j.simpleLogger.log.";

  private LibraryLogging() {
  }

  static void quiet() {
    // Hibernate logs through jboss-logging, which would otherwise print through java.util.logging to stderr
    setIfAbsent("org.jboss.logging.provider", "slf4j");
    setIfAbsent(LEVEL + "org.hibernate", "warn");
    setIfAbsent(LEVEL + "io.zonky.test.db.postgres", "warn");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
