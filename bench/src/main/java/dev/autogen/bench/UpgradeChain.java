package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A linear chain of {@code length} small migrations, each creating one table {@code t_NNNN}, adding a column and
 * indexing it: as autogen Java revisions and as the same DDL in Flyway's versioned SQL files.
 */
record UpgradeChain(int length) {

  /** {@code <dir>/autogen.properties} (pointing at {@code url}) and {@code <dir>/migrations/versions/*.java}. */
  Path writeAutogenProject(Path dir, String url, String user) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    for (int i = 1; i <= length; i++) {
      Files.writeString(versions.resolve(className(i) + ".java"), javaSource(i));
    }
    Files.writeString(dir.resolve("autogen.properties"), String.join("\n",
        "script_location = migrations",
        "url = " + url,
        "user = " + user,
        ""));
    return dir;
  }

  /** {@code <dir>/V1__t_0001.sql} ... : the DDL autogen runs for each revision. */
  Path writeFlywayScripts(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (int i = 1; i <= length; i++) {
      String table = table(i);
      Files.writeString(dir.resolve("V" + i + "__" + table + ".sql"), String.join("\n",
          "CREATE TABLE " + table + " (id bigint NOT NULL, PRIMARY KEY (id));",
          "ALTER TABLE " + table + " ADD COLUMN name varchar(100);",
          "CREATE INDEX ix_" + table + "_name ON " + table + " (name);",
          ""));
    }
    return dir;
  }

  /** The id of the {@code i}-th revision (1-based): 12 hex digits. */
  static String revisionId(int i) {
    return String.format(Locale.ROOT, "%012x", i);
  }

  private static String table(int i) {
    return String.format(Locale.ROOT, "t_%04d", i);
  }

  private static String className(int i) {
    return "R" + revisionId(i) + "_CreateT" + String.format(Locale.ROOT, "%04d", i);
  }

  private static String javaSource(int i) {
    String table = table(i);
    String revises = i == 1 ? "" : "\n    revises = \"" + revisionId(i - 1) + "\",";
    return String.join("\n",
        "import static dev.autogen.runtime.Dsl.*;",
        "",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        "@Revision(",
        "    id = \"" + revisionId(i) + "\"," + revises,
        "    message = \"create " + table + "\"",
        ")",
        "public final class " + className(i) + " implements Migration {",
        "  @Override",
        "  public void upgrade(Operations op) {",
        "    op.createTable(\"" + table + "\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "    op.addColumn(\"" + table + "\", column(\"name\", varchar(100)));",
        "    op.createIndex(\"" + table + "\", index(\"ix_" + table + "_name\", \"name\"));",
        "  }",
        "",
        "  @Override",
        "  public void downgrade(Operations op) {",
        "    op.dropTable(\"" + table + "\");",
        "  }",
        "}",
        "");
  }
}
