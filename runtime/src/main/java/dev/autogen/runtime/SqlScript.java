package dev.autogen.runtime;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An executor that runs nothing: it writes each statement, ended by {@code ;}, for a person or {@code psql} to run
 * later. Each statement and comment is followed by an empty line, as Alembic's offline scripts are.
 */
public final class SqlScript implements SqlExecutor {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");

  private final Consumer<String> out;

  /** @param out receives the script a block at a time; a block may span lines, and is meant to end one */
  public SqlScript(Consumer<String> out) {
    this.out = out;
  }

  /**
   * Writes {@code text} (a revision message, say) as {@code --} comment lines. A {@code --} comment ends at a line
   * break, which for PostgreSQL and psql is a line feed or a carriage return alone: every line break, those and any
   * other a reader's editor may show (vertical tab, form feed, U+0085, U+2028, U+2029), starts a new comment line,
   * so no text can end the comment and become a statement. Other control characters (psql stops reading a line at
   * a NUL) become U+FFFD.
   */
  public void comment(String text) {
    StringBuilder lines = new StringBuilder();
    for (String line : text.split("\\R", -1)) {
      lines.append(lines.length() == 0 ? "-- " : "\n-- ").append(CONTROL.matcher(line).replaceAll("\uFFFD"));
    }
    out.accept(lines.toString());
    out.accept("");
  }

  @Override
  public void execute(String sql) {
    String statement = sql.stripTrailing();
    out.accept(statement.endsWith(";") ? statement : statement + ";");
    out.accept("");
  }
}
