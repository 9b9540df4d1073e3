package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParameterInlinerTest {

  private final Dialect dialect = new PostgresDialect();

  @Test
  void replacesEachPlaceholderByItsLiteral() {
    assertThat(dialect.inlineParameters("UPDATE t SET a = ?, b = ?, c = ?, d = ? WHERE id = ?",
        Arrays.asList("O'Brien", null, true, new BigDecimal("1.50"), 7L)))
        .isEqualTo("UPDATE t SET a = 'O''Brien', b = NULL, c = TRUE, d = 1.50 WHERE id = 7");
  }

  @Test
  void leavesQuestionMarksInTextCommentsAndDollarQuotesAlone() {
    assertThat(dialect.inlineParameters(
        "SELECT '?', \"a?\", $$?$$, $body$ ? $body$ /* ? */ FROM t WHERE a = ? -- ?\nAND b ?? 'k' AND c = ?",
        List.of(1, "x")))
        .isEqualTo("SELECT '?', \"a?\", $$?$$, $body$ ? $body$ /* ? */ FROM t WHERE a = 1 -- ?\nAND b ? 'k' AND c = 'x'");
  }

  @Test
  void writesTemporalUuidBytesAndEnumValuesAsPostgresqlReadsThem() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(dialect.inlineParameters("VALUES (?, ?, ?, ?, ?)",
        List.of(LocalDate.of(2024, 1, 31), id, new byte[] {0x0a, (byte) 0xff}, Thread.State.NEW, Double.NaN)))
        .isEqualTo("VALUES ('2024-01-31', '123e4567-e89b-12d3-a456-426614174000', '\\x0aff'::bytea, 'NEW',"
            + " 'NaN'::float8)");
  }

  @Test
  void placeholdersAndParametersMustPairUp() {
    assertThatThrownBy(() -> dialect.inlineParameters("UPDATE t SET a = ?", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'UPDATE t SET a = ?' has more ? placeholders than the 0 parameters given");
    assertThatThrownBy(() -> dialect.inlineParameters("UPDATE t SET a = ?", List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'UPDATE t SET a = ?' has 1 ? placeholders but 2 parameters were given");
  }

  @Test
  void refusesAValueWithoutALiteralForm() {
    assertThatThrownBy(() -> dialect.inlineParameters("VALUES (?)", List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write a java.lang.Object as a SQL literal");
  }
}
