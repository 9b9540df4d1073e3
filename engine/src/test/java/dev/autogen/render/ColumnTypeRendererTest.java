package dev.autogen.render;

import static dev.autogen.runtime.Dsl.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Dsl;
import dev.autogen.schema.ColumnType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnTypeRendererTest {

  private final ColumnTypeRenderer renderer = new ColumnTypeRenderer();

  /** Each type is built by the very expression it must render as: so a match proves the round trip. */
  static Stream<Arguments> everyHelper() {
    return Stream.of(
        Arguments.of(varchar(255), "varchar(255)"),
        Arguments.of(varchar(), "varchar()"),
        Arguments.of(character(1), "character(1)"),
        Arguments.of(text(), "text()"),
        Arguments.of(smallint(), "smallint()"),
        Arguments.of(integer(), "integer()"),
        Arguments.of(bigint(), "bigint()"),
        Arguments.of(bool(), "bool()"),
        Arguments.of(real(), "real()"),
        Arguments.of(doublePrecision(), "doublePrecision()"),
        Arguments.of(numeric(10, 2), "numeric(10, 2)"),
        Arguments.of(numeric(38, 0), "numeric(38, 0)"),
        Arguments.of(numeric(), "numeric()"),
        Arguments.of(date(), "date()"),
        Arguments.of(time(0), "time(0)"),
        Arguments.of(timeTz(3), "timeTz(3)"),
        Arguments.of(timestamp(6), "timestamp(6)"),
        Arguments.of(timestampTz(6), "timestampTz(6)"),
        Arguments.of(uuid(), "uuid()"),
        Arguments.of(bytea(), "bytea()"),
        Arguments.of(json(), "json()"),
        Arguments.of(jsonb(), "jsonb()"),
        Arguments.of(oid(), "oid()"),
        Arguments.of(arrayOf(integer()), "arrayOf(integer())"),
        Arguments.of(arrayOf(arrayOf(varchar(20))), "arrayOf(arrayOf(varchar(20)))"),
        Arguments.of(type("interval second(6)"), "type(\"interval second(6)\")"),
        Arguments.of(arrayOf(type("inet")), "arrayOf(type(\"inet\"))"));
  }

  @ParameterizedTest
  @MethodSource("everyHelper")
  void rendersTheHelperThatBuildsTheType(ColumnType type, String expected) {
    assertThat(renderer.render(type)).hasToString(expected);
  }

  @Test
  void everyTypeHelperOfDslIsCovered() {
    String rendered = everyHelper().map(arguments -> (String) arguments.get()[1]).reduce("", String::concat);
    Stream<String> helpers = Arrays.stream(Dsl.class.getMethods())
        .filter(method -> Modifier.isStatic(method.getModifiers()) && method.getReturnType() == ColumnType.class)
        .map(Method::getName);
    assertThat(helpers).allSatisfy(helper -> assertThat(rendered).contains(helper + "("));
  }

  /** Spellings a helper would print differently fall back to type(...), which keeps them exactly. */
  @ParameterizedTest
  @ValueSource(strings = {
      "character varying(0255)", "numeric(10, 2)", "numeric(99999999999,0)", "time without time zone",
      "timestamp(6) with time zone extra", "Integer", "public.mood"})
  void keepsNonCanonicalSpellingsVerbatim(String sql) {
    assertThat(renderer.render(new ColumnType(sql))).hasToString("type(\"" + sql + "\")");
  }
}
