package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;
import org.junit.jupiter.api.Test;

class PostgresNamesTest {

  @Test
  void foldsUnquotedNamesToLowerCase() {
    assertThat(PostgresNames.stored("Product")).isEqualTo("product");
    assertThat(PostgresNames.stored(Identifier.toIdentifier("UK_Label", false))).isEqualTo("uk_label");
  }

  @Test
  void keepsQuotedNamesAsWritten() {
    assertThat(PostgresNames.stored("\"DisplayName\"")).isEqualTo("DisplayName");
    assertThat(PostgresNames.stored("`DisplayName`")).isEqualTo("DisplayName");
  }

  @Test
  void foldsOnlyAsciiLettersAsPostgresDoesInUtf8() {
    assertThat(PostgresNames.stored("ÉtatA")).isEqualTo("Étata");
  }

  @Test
  void namesUnnamedUniqueConstraintsLikePostgres() {
    assertThat(PostgresNames.implicitUniqueName("user", List.of("email"), Set.of())).isEqualTo("user_email_key");
    assertThat(PostgresNames.implicitUniqueName("t", List.of("a", "b"), Set.of())).isEqualTo("t_a_b_key");
  }

  @Test
  void namesUnnamedChecksAfterTheirOnlyColumnOrTheTable() {
    assertThat(PostgresNames.implicitCheckName("account", "tier", Set.of())).isEqualTo("account_tier_check");
    assertThat(PostgresNames.implicitCheckName("account", null, Set.of())).isEqualTo("account_check");
    assertThat(PostgresNames.implicitCheckName("account", null, Set.of("account_check"))).isEqualTo("account_check1");
    assertThat(PostgresNames.implicitCheckName("a".repeat(70), null, Set.of())).isEqualTo("a".repeat(57) + "_check");
  }

  @Test
  void numbersTheLabelWhenTheNameIsTaken() {
    assertThat(PostgresNames.implicitUniqueName("t", List.of("a_b"), Set.of("t_a_b_key", "t_a_b_key1")))
        .isEqualTo("t_a_b_key2");
  }

  @Test
  void trimsTheLongerPartFirstToFit63Characters() {
    String name = PostgresNames.implicitUniqueName("a".repeat(40), List.of("b".repeat(30)), Set.of());

    assertThat(name).isEqualTo("a".repeat(29) + "_" + "b".repeat(29) + "_key").hasSize(63);
  }
}
