package dev.autogen.runtime;

import java.util.function.Consumer;

/**
 * An executor that runs nothing: it writes each statement, ended by {@code ;}, for a person or {@code psql} to run
 * later. Each statement and comment is followed by an empty line, as Alembic's offline scripts are.
 */
public final class SqlScript implements SqlExecutor {

  private final Consumer<String> out;

  /** @param out receives the script a block at a time; a block may span lines, and is meant to end one */
  public SqlScript(Consumer<String> out) {
    this.out = out;
  }

  public void comment(String text) {
    out.accept("-- " + text.replace("\n", "\n-- "));
    out.accept("");
  }

  @Override
  public void execute(String sql) {
    String statement = sql.stripTrailing();
    out.accept(statement.endsWith(";") ? statement : statement + ";");
    out.accept("");
  }
}
