package dev.autogen.bench;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * One Flyway {@code migrate}, as its own process: {@code FlywayMigrateMain <jdbc url> <user> <scripts dir>}. Prints
 * {@code migrations=<applied> migrate_ms=<configure and migrate>}.
 */
public final class FlywayMigrateMain {

  private FlywayMigrateMain() {
  }

  public static void main(String[] args) {
    long start = System.nanoTime();
    MigrateResult result = Flyway.configure()
        .dataSource(args[0], args[1], "")
        .locations("filesystem:" + args[2])
        .load()
        .migrate();
    System.out.println("migrations=" + result.migrationsExecuted + " migrate_ms=" + (System.nanoTime() - start) / 1_000_000);
  }
}
