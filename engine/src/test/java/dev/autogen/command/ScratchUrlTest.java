package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL of a scratch database beside the configured one: its host, port and parameters kept. */
class ScratchUrlTest {

  @Test
  void theDatabaseNameIsReplacedAndTheRestKept() {
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.example:5433/shop?sslmode=require", "autogen_scratch_1"))
        .isEqualTo("jdbc:postgresql://db.example:5433/autogen_scratch_1?sslmode=require");
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql://a:5432,b:5432/shop", "s"))
        .isEqualTo("jdbc:postgresql://a:5432,b:5432/s");
  }

  @Test
  void aUrlWithoutADatabaseOrWithoutAHostGetsOne() {
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost", "s")).isEqualTo("jdbc:postgresql://localhost/s");
    assertThat(JdbcUrls.withDatabase("jdbc:postgresql:shop?user=app", "s")).isEqualTo("jdbc:postgresql:s?user=app");
  }
}
