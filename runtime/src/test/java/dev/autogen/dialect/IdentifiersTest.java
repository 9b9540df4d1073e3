package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void foldsOnlyAsciiLetters() {
    assertThat(Identifiers.fold("STAT_Ä_Col")).isEqualTo("stat_Ä_col");
    assertThat(Identifiers.stored("STAT", true)).isEqualTo("STAT");
    assertThat(Identifiers.stored("STAT", false)).isEqualTo("stat");
  }

  @Test
  void truncatesTo63BytesWithoutSplittingACharacter() {
    String seventy = "a".repeat(70);
    assertThat(Identifiers.truncate(seventy)).isEqualTo("a".repeat(63));
    assertThat(Identifiers.isTooLong(seventy)).isTrue();
    String cjk = "表".repeat(32); // 96 bytes
    String stored = Identifiers.truncate(cjk);
    assertThat(stored).isEqualTo("表".repeat(21));
    assertThat(stored.getBytes(StandardCharsets.UTF_8)).hasSize(63);
    assertThat(Identifiers.truncate("a" + "表".repeat(21))).isEqualTo("a" + "表".repeat(20));
    assertThat(Identifiers.truncate("short")).isEqualTo("short");
  }

  /** As PostgreSQL's makeObjectName: the longer part loses bytes first, then each is cut to a whole character. */
  @Test
  void objectNamesCountBytes() {
    assertThat(Identifiers.objectName("account", "tier", "check")).isEqualTo("account_tier_check");
    assertThat(Identifiers.objectName("account", null, "pkey")).isEqualTo("account_pkey");
    String table = "t".repeat(70);
    assertThat(Identifiers.objectName(table, "email", "key")).isEqualTo("t".repeat(53) + "_email_key").hasSize(63);
    String name = Identifiers.objectName("表".repeat(30), "c", "key");
    assertThat(name).isEqualTo("表".repeat(19) + "_c_key");
    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
  }

  @Test
  void quotesKeywordsUpperCaseAndOddCharacters() {
    assertThat(Identifiers.quote("user")).isEqualTo("\"user\"");
    assertThat(Identifiers.quote("STAT")).isEqualTo("\"STAT\"");
    assertThat(Identifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(Identifiers.quote("version")).isEqualTo("version");
    assertThat(Identifiers.driverReportedKeywords()).contains("version", "owner").doesNotContain("user", "select");
  }
}
