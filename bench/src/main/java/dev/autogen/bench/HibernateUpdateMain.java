package dev.autogen.bench;

import java.nio.file.Path;
import org.hibernate.boot.Metadata;

/**
 * One Hibernate {@code update} script generation, as its own process:
 * {@code HibernateUpdateMain <classes dir> <jdbc url> <user> <script file>}. Prints
 * {@code boot_ms=<metadata boot> update_ms=<introspect and generate>}.
 */
public final class HibernateUpdateMain {

  private HibernateUpdateMain() {
  }

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    long start = System.nanoTime();
    try (HibernateScripts hibernate = HibernateScripts.open(classes, "update", Path.of(args[3]),
        HibernateScripts.connection(args[1], args[2]))) {
      Metadata metadata = hibernate.boot(classes);
      long booted = System.nanoTime();
      hibernate.generate(metadata);
      long generated = System.nanoTime();
      System.out.printf("boot_ms=%d update_ms=%d%n", (booted - start) / 1_000_000, (generated - booted) / 1_000_000);
    }
  }
}
