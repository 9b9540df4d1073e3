package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.schema.QualifiedName;
import org.junit.jupiter.api.Test;

class MigrationLockTest {

  // the first 8 bytes of SHA-256("autogen migration lock:autogen_version"), as any other tool can compute them
  private static final long KEY_OF_AUTOGEN_VERSION = 345309825686980525L;

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void keyIsTheSameInEveryProcessAndRelease() {
    // pinned: a key that changed between releases would let an old and a new autogen migrate at once
    assertThat(MigrationLock.keyFor(dialect, QualifiedName.of("autogen_version"))).isEqualTo(KEY_OF_AUTOGEN_VERSION);
  }

  @Test
  void eachVersionTableHasALockOfItsOwn() {
    long plain = MigrationLock.keyFor(dialect, QualifiedName.of("autogen_version"));

    assertThat(MigrationLock.keyFor(dialect, QualifiedName.of("billing_version"))).isNotEqualTo(plain);
    assertThat(MigrationLock.keyFor(dialect, new QualifiedName("billing", "autogen_version"))).isNotEqualTo(plain);
  }
}
