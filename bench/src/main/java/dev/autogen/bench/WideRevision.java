package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two revisions over {@code tables} tables: the first creates them ({@code w_NNNN}: a bigint key, a
 * {@code varchar(100)} name, a date, a foreign key to the previous table), the second, the one measured, alters every
 * one of them: a new column, a widened name and an index.
 */
record WideRevision(int tables) {

  static final String CREATE = "0000000000c1";
  static final String ALTER = "0000000000c2";

  /** Tables per helper method of a migration: a method's bytecode is limited to 64 KiB. */
  private static final int CHUNK = 100;

  Path writeAutogenProject(Path dir, String url, String user) throws IOException {
    Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
    List<StringBuilder> create = new ArrayList<>();
    List<StringBuilder> drop = new ArrayList<>();
    List<StringBuilder> alter = new ArrayList<>();
    List<StringBuilder> revert = new ArrayList<>();
    for (int i = 1; i <= tables; i++) {
      if ((i - 1) % CHUNK == 0) {
        List.of(create, drop, alter, revert).forEach(chunks -> chunks.add(new StringBuilder()));
      }
      StringBuilder creating = create.get(create.size() - 1);
      String table = table(i);
      creating.append("    op.createTable(\"").append(table).append("\", column(\"id\", bigint()).notNull(),")
          .append(" column(\"name\", varchar(100)).notNull(), column(\"born\", date()),")
          .append(i == 1 ? "" : " column(\"parent_id\", bigint()),")
          .append(" primaryKey(\"id\"));\n");
      if (i > 1) {
        creating.append("    op.addForeignKey(\"").append(table).append("\", foreignKey(\"fk_").append(table)
            .append("_parent\", \"parent_id\", \"").append(table(i - 1)).append("\", \"id\"));\n");
      }
      drop.get(drop.size() - 1).insert(0, "    op.dropTable(\"" + table + "\");\n");
      alter.get(alter.size() - 1).append("    op.addColumn(\"").append(table).append("\", column(\"note\", text()));\n")
          .append("    op.alterColumn(\"").append(table).append("\", column(\"name\", varchar(100)).notNull(),")
          .append(" column(\"name\", varchar(200)).notNull());\n")
          .append("    op.createIndex(\"").append(table).append("\", index(\"ix_").append(table)
          .append("_name\", \"name\"));\n");
      revert.get(revert.size() - 1).insert(0, "    op.dropIndex(\"" + table + "\", \"ix_" + table + "_name\");\n"
          + "    op.alterColumn(\"" + table + "\", column(\"name\", varchar(200)).notNull(),"
          + " column(\"name\", varchar(100)).notNull());\n"
          + "    op.dropColumn(\"" + table + "\", \"note\");\n");
    }
    Collections.reverse(drop);
    Collections.reverse(revert);
    Files.writeString(versions.resolve("R" + CREATE + "_CreateWide.java"),
        source(CREATE, null, "CreateWide", "create " + tables + " tables", create, drop));
    Files.writeString(versions.resolve("R" + ALTER + "_AlterWide.java"),
        source(ALTER, CREATE, "AlterWide", "alter " + tables + " tables", alter, revert));
    Files.writeString(dir.resolve("autogen.properties"), String.join("\n",
        "script_location = migrations", "url = " + url, "user = " + user, ""));
    return dir;
  }

  private static String table(int i) {
    return String.format(Locale.ROOT, "w_%04d", i);
  }

  private static String source(String id, String revises, String name, String message, List<StringBuilder> upgrade,
      List<StringBuilder> downgrade) {
    List<String> lines = new ArrayList<>(List.of(
        "import static dev.autogen.runtime.Dsl.*;",
        "",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        "@Revision(id = \"" + id + "\"," + (revises == null ? "" : " revises = \"" + revises + "\",")
            + " message = \"" + message + "\")",
        "public final class R" + id + "_" + name + " implements Migration {",
        "  @Override",
        "  public void upgrade(Operations op) {"));
    for (int i = 0; i < upgrade.size(); i++) {
      lines.add("    up" + i + "(op);");
    }
    lines.addAll(List.of("  }", "", "  @Override", "  public void downgrade(Operations op) {"));
    for (int i = 0; i < downgrade.size(); i++) {
      lines.add("    down" + i + "(op);");
    }
    lines.add("  }");
    for (int i = 0; i < upgrade.size(); i++) {
      lines.addAll(List.of("", "  private static void up" + i + "(Operations op) {", upgrade.get(i) + "  }"));
    }
    for (int i = 0; i < downgrade.size(); i++) {
      lines.addAll(List.of("", "  private static void down" + i + "(Operations op) {", downgrade.get(i) + "  }"));
    }
    lines.addAll(List.of("}", ""));
    return String.join("\n", lines);
  }
}
