package dev.autogen.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values verify's rows are made of: within the type's limits, the same on every run, check literals on demand. */
class ColumnValuesTest {

  private final ColumnValues values = new ColumnValues(List.of(EnumTypeModel.of(QualifiedName.of("mood"), "ok", "sad")));

  private String value(String type, long row) {
    return values.value("t", ColumnModel.of("c", new ColumnType(type)), row, 0, List.of());
  }

  @Test
  void stringsFillTheirLengthOnEveryThirdRowAndFitOtherwise() {
    assertThat(value("character varying(100)", 1)).isEqualTo("v1_c");
    assertThat(value("character varying(100)", 3)).hasSize(100).startsWith("v3_c");
    assertThat(value("character varying(3)", 2)).hasSize(3);
    assertThat(value("character varying(3)", 2)).isNotEqualTo(value("character varying(3)", 3));
    assertThat(value("character(1)", 1)).hasSize(1);
    assertThat(value("text", 3)).hasSize(40);
  }

  @Test
  void numbersStayWithinPrecisionAndScale() {
    assertThat(value("numeric(5,2)", 1234)).isEqualTo("234.77");
    assertThat(value("numeric(7,0)", 12)).isEqualTo("12");
    assertThat(value("smallint", 40000)).isEqualTo("10000");
  }

  @Test
  void otherTypesAreTheirTextForm() {
    assertThat(value("uuid", 1)).isEqualTo(value("uuid", 1)).matches("[0-9a-f-]{36}").isNotEqualTo(value("uuid", 2));
    assertThat(value("date", 1)).isEqualTo("2024-01-02");
    assertThat(value("timestamp(6) with time zone", 1)).isEqualTo("2024-01-02 10:01:30.123456+00");
    assertThat(value("jsonb", 2)).isEqualTo("{\"n\": 2, \"text\": \"v2\"}");
    assertThat(value("integer[]", 2)).isEqualTo("{\"2\",\"2\"}");
    assertThat(value("mood", 1)).isEqualTo("sad");
    assertThat(value("mood[]", 2)).isEqualTo("{\"ok\"}");
    assertThat(value("tsvector", 1)).as("a type without a value").isNull();
  }

  @Test
  void checkLiteralsAndTheirNeighboursAreTheCandidates() {
    assertThat(ColumnValues.literals("((tier)::text = ANY ((ARRAY['FREE'::character varying, 'O''K'::character"
        + " varying])::text[]))")).containsExactly("FREE", "O'K");
    assertThat(ColumnValues.literals("(pages > 0)")).containsExactly("1", "0", "-1");
    assertThat(ColumnValues.literals("((rank >= 0) AND (rank <= 2))")).containsExactly("1", "0", "-1", "3", "2");
    assertThat(values.value("t", ColumnModel.of("c", new ColumnType("integer")), 1, 1, List.of("7", "8")))
        .as("the first retry of row 1 takes the second candidate").isEqualTo("8");
  }
}
