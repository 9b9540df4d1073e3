package dev.autogen.cli;

import static dev.autogen.cli.LeakLedger.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on {@code upgrade --sql}: user text that tries to leave its place in the script (a revision message
 * leaving its {@code --} comment at a line terminator, a comment or enum value leaving its string literal) and
 * become a statement. Each script is run by PostgreSQL itself, sent whole as one simple query so the server's own
 * lexer splits it, as psql's does; the victim table must survive, and the hostile text must arrive as data.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class AdversarialSqlScriptIT {

  private static final LeakLedger LEDGER = new LeakLedger("AdversarialSqlScriptIT");
  private static final String PAYLOAD = "DROP TABLE victim; SELECT 1";

  /** Every line terminator PostgreSQL knows (LF, CR, CRLF), the whitespace it does not end a comment at, and more. */
  private static final Map<String, String> TERMINATORS = terminators();

  @TempDir
  Path directory;

  @AfterAll
  static void noOutputHeldThePassword() {
    LEDGER.assertNothingLeaked();
  }

  private static Map<String, String> terminators() {
    Map<String, String> terminators = new LinkedHashMap<>();
    terminators.put("line feed", "\n");
    terminators.put("carriage return", "\r");
    terminators.put("CRLF", "\r\n");
    terminators.put("LFCR", "\n\r");
    terminators.put("vertical tab", "\u000B");
    terminators.put("form feed", "\f");
    terminators.put("next line", "\u0085");
    terminators.put("line separator", "\u2028");
    terminators.put("paragraph separator", "\u2029");
    terminators.put("unclosed block comment", " /* ");
    terminators.put("closing block comment", " */ ");
    terminators.put("quote", "'");
    terminators.put("dollar quote", " $$ ");
    terminators.put("backslash", "\\");
    terminators.put("escape", "\u001B[2K");
    return terminators;
  }

  /** A project on {@code db} as a role whose password is the suite's secret. */
  private CliProject project(TestDatabase db, SecuredRole role) {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = " + role.jdbcUrl(), "user = " + SecuredRole.NAME, "password = " + SECRET);
    return project;
  }

  @Test
  void noRevisionMessageLeavesItsComment(TestDatabase db) throws Exception {
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      CliProject project = project(db, role);
      execute(db, "CREATE TABLE victim (id integer)", "GRANT ALL ON victim TO " + SecuredRole.NAME);
      List<String> ids = new ArrayList<>();
      for (Map.Entry<String, String> terminator : TERMINATORS.entrySet()) {
        LEDGER.attack();
        String id = String.format("%012x", ids.size() + 1);
        String message = terminator.getKey() + terminator.getValue() + PAYLOAD;
        LEDGER.record(project.succeed("revision", "--empty", "-m", message, "--rev-id", id));
        ids.add(id);
      }

      for (String range : List.of("base:head", ids.get(4) + ":head")) {
        CliResult script = LEDGER.record(project.succeed("upgrade", range, "--sql"));
        assertThat(script.out()).contains("-- Running upgrade");
        assertThat(script.out().lines().filter(line -> line.contains(PAYLOAD)))
            .as("lines holding the payload in%n%s", script.out())
            .isNotEmpty()
            .allMatch(line -> line.startsWith("-- "));
      }
      CliResult script = LEDGER.record(project.succeed("upgrade", "base:head", "--sql"));
      runAsOneQuery(db, script.out(), false);

      assertThat(new Catalog(db).tables()).contains("victim");
      assertThat(new Catalog(db).versions()).containsExactly(ids.get(ids.size() - 1));
      assertThat(new Catalog(db).query("SELECT count(*) FROM autogen_version_history"))
          .containsExactly(Integer.toString(ids.size()));

      CliResult downgrade = LEDGER.record(project.succeed("downgrade", "head:base", "--sql"));
      runAsOneQuery(db, downgrade.out(), false);
      assertThat(new Catalog(db).tables()).contains("victim");
      assertThat(new Catalog(db).versions()).isEmpty();
    }
  }

  @Test
  void noNameCommentOrEnumValueLeavesItsPlaceEvenWithoutStandardConformingStrings(TestDatabase db)
      throws Exception {
    try (SecuredRole role = SecuredRole.create(db, SECRET)) {
      CliProject project = project(db, role);
      execute(db, "CREATE TABLE victim (id integer)", "GRANT ALL ON victim TO " + SecuredRole.NAME);
      List<String> hostile = new ArrayList<>();
      for (Map.Entry<String, String> terminator : TERMINATORS.entrySet()) {
        hostile.add(terminator.getKey() + terminator.getValue() + "'; " + PAYLOAD + "; --");
        hostile.add(terminator.getKey() + "\\'; " + PAYLOAD + "; --" + terminator.getValue());
      }
      CliProject.GeneratedRevision revision = CliProject.generated(
          LEDGER.record(project.succeed("revision", "--empty", "-m", "hostile text", "--rev-id", "aaaaaaaaaaa1")));
      StringBuilder upgrade = new StringBuilder();
      for (int i = 0; i < hostile.size(); i++) {
        LEDGER.attack();
        upgrade.append("op.createEnumType(\"hostile_").append(i).append("\", ").append(javaString(hostile.get(i)))
            .append("); ");
      }
      upgrade.append("op.setTableComment(\"victim\", null, ").append(javaString(String.join("|", hostile)))
          .append("); ");
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, String> terminator : TERMINATORS.entrySet()) {
        LEDGER.attack();
        String name = "t" + names.size() + terminator.getValue() + "\"; " + PAYLOAD + "; --";
        names.add(name);
        upgrade.append("op.createTable(").append(javaString(name)).append(", column(").append(javaString(name))
            .append(", text()).comment(").append(javaString(name)).append(")); ");
      }
      revision.insertAfter("public void upgrade(Operations op) {", upgrade.toString());

      CliResult script = LEDGER.record(project.succeed("upgrade", "base:head", "--sql"));
      runAsOneQuery(db, script.out(), true);

      Catalog catalog = new Catalog(db);
      assertThat(catalog.tables()).contains("victim");
      assertThat(catalog.versions()).containsExactly("aaaaaaaaaaa1");
      assertThat(catalog.query("SELECT obj_description('victim'::regclass, 'pg_class')"))
          .containsExactly(String.join("|", hostile));
      for (int i = 0; i < hostile.size(); i++) {
        assertThat(catalog.query("SELECT unnest(enum_range(NULL::hostile_" + i + "))::text"))
            .as("values of hostile_%d", i).containsExactly(hostile.get(i));
      }
      for (String name : names) {
        assertThat(catalog.columns(name)).as("columns of table %s", name).containsExactly(name);
        assertThat(catalog.query("SELECT col_description(c.oid, 1) FROM pg_class c WHERE c.relname = ?", name))
            .containsExactly(name);
      }
    }
  }

  /**
   * Sends {@code script} to the server as one simple query: PostgreSQL's lexer, which psql's follows, decides where
   * comments, literals and statements end.
   */
  private static void runAsOneQuery(TestDatabase db, String script, boolean withoutStandardConformingStrings)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", db.user());
    if (db.password() != null) {
      properties.setProperty("password", db.password());
    }
    properties.setProperty("preferQueryMode", "simple");
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), properties);
        Statement statement = connection.createStatement()) {
      if (withoutStandardConformingStrings) {
        statement.execute("SET standard_conforming_strings = off; SET escape_string_warning = off");
      }
      statement.execute(script);
    }
  }

  private static void execute(TestDatabase db, String... statements) throws SQLException {
    try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** {@code text} as a Java string literal; control characters as octal escapes, which javac reads after lexing. */
  private static String javaString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20) {
        literal.append(String.format("\\%03o", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
