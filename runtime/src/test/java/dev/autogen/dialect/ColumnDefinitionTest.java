package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {

  @Test
  void aTypeAloneIsJustTheType() {
    assertThat(ColumnDefinition.parse("timestamp(6) with time zone"))
        .isEqualTo(new ColumnDefinition("timestamp(6) with time zone", null, false, false, null));
    assertThat(ColumnDefinition.parse("numeric(10, 2)").hasConstraints()).isFalse();
  }

  @Test
  void theClausesAfterTheTypeAreTakenApart() {
    assertThat(ColumnDefinition.parse("boolean default false"))
        .isEqualTo(new ColumnDefinition("boolean", "false", false, false, null));
    assertThat(ColumnDefinition.parse("varchar(20) DEFAULT 'a b' NOT NULL UNIQUE CHECK (length(code) > 1)"))
        .isEqualTo(new ColumnDefinition("varchar(20)", "'a b'", true, true, "length(code) > 1"));
    assertThat(ColumnDefinition.parse("integer null default (1 + 2) check (n in (1, 2, 3))"))
        .isEqualTo(new ColumnDefinition("integer", "(1 + 2)", false, false, "n in (1, 2, 3)"));
    assertThat(ColumnDefinition.parse("text default 'not null'"))
        .isEqualTo(new ColumnDefinition("text", "'not null'", false, false, null));
  }

  @Test
  void whatTheModelCannotHoldIsRejected() {
    assertRejected("text collate \"C\"", "holds 'collate'");
    assertRejected("bigint references account", "holds 'references'");
    assertRejected("integer primary key", "holds 'primary'");
    assertRejected("integer constraint positive check (n > 0)", "holds 'constraint'");
    assertRejected("integer default 1 default 2", "holds 'default'");
    assertRejected("default 1", "has no type");
    assertRejected("integer default", "without an expression");
    assertRejected("integer check ()", "empty check");
    assertRejected("boolean default false); DROP TABLE victim; --", "closes a ')'");
  }

  private static void assertRejected(String definition, String reason) {
    assertThatThrownBy(() -> ColumnDefinition.parse(definition)).as(definition)
        .isInstanceOf(SqlSyntaxException.class).hasMessageContaining(reason);
  }
}
