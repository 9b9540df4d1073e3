package dev.autogen.render;

import static dev.autogen.render.JavaStringLiteral.literal;

import com.palantir.javapoet.CodeBlock;
import dev.autogen.schema.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link ColumnType} as the nicest {@code Dsl} helper call that builds it again ({@code varchar(255)},
 * {@code timestampTz(6)}, {@code arrayOf(integer())}), falling back to {@code type("...")}. A helper is chosen only
 * when its output is exactly the input, so rendering never changes a type.
 */
final class ColumnTypeRenderer {

  private static final String ARRAY_SUFFIX = "[]";

  private static final Map<String, String> WITHOUT_ARGUMENTS = Map.ofEntries(
      Map.entry("character varying", "varchar"),
      Map.entry("text", "text"),
      Map.entry("smallint", "smallint"),
      Map.entry("integer", "integer"),
      Map.entry("bigint", "bigint"),
      Map.entry("boolean", "bool"),
      Map.entry("real", "real"),
      Map.entry("double precision", "doublePrecision"),
      Map.entry("numeric", "numeric"),
      Map.entry("date", "date"),
      Map.entry("uuid", "uuid"),
      Map.entry("bytea", "bytea"),
      Map.entry("json", "json"),
      Map.entry("jsonb", "jsonb"),
      Map.entry("oid", "oid"));

  // Only canonical integers (no sign, no leading zero, int-sized), so the helper prints the same digits back.
  private static final String INT = "(0|[1-9][0-9]{0,8})";

  private static final List<ParameterisedHelper> WITH_ARGUMENTS = List.of(
      new ParameterisedHelper("character varying\\(" + INT + "\\)", "varchar"),
      new ParameterisedHelper("character\\(" + INT + "\\)", "character"),
      new ParameterisedHelper("numeric\\(" + INT + "," + INT + "\\)", "numeric"),
      new ParameterisedHelper("time\\(" + INT + "\\) without time zone", "time"),
      new ParameterisedHelper("time\\(" + INT + "\\) with time zone", "timeTz"),
      new ParameterisedHelper("timestamp\\(" + INT + "\\) without time zone", "timestamp"),
      new ParameterisedHelper("timestamp\\(" + INT + "\\) with time zone", "timestampTz"));

  CodeBlock render(ColumnType type) {
    String sql = type.sql();
    if (sql.endsWith(ARRAY_SUFFIX)) {
      String element = sql.substring(0, sql.length() - ARRAY_SUFFIX.length());
      return CodeBlock.of("arrayOf($L)", render(new ColumnType(element)));
    }
    String helper = WITHOUT_ARGUMENTS.get(sql);
    if (helper != null) {
      return CodeBlock.of("$L()", helper);
    }
    for (ParameterisedHelper candidate : WITH_ARGUMENTS) {
      CodeBlock call = candidate.render(sql);
      if (call != null) {
        return call;
      }
    }
    return CodeBlock.of("type($L)", literal(sql));
  }

  /** A helper taking int arguments, recognised by a pattern whose groups are those arguments. */
  private record ParameterisedHelper(Pattern pattern, String helper) {

    ParameterisedHelper(String regex, String helper) {
      this(Pattern.compile(regex), helper);
    }

    /** The call, or {@code null} when {@code sql} is not this helper's output. */
    CodeBlock render(String sql) {
      Matcher matcher = pattern.matcher(sql);
      if (!matcher.matches()) {
        return null;
      }
      CodeBlock.Builder arguments = CodeBlock.builder();
      for (int group = 1; group <= matcher.groupCount(); group++) {
        arguments.add(group == 1 ? "$L" : ", $L", matcher.group(group));
      }
      return CodeBlock.of("$L($L)", helper, arguments.build());
    }
  }
}
