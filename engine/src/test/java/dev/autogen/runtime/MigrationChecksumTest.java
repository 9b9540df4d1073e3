package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checksum is of what a migration does: its statements, not its file. */
class MigrationChecksumTest {

  private static final String ID = "a91c0e5d22f0";
  /** SHA-256 of "autogen-migration-checksum-v1", a zero byte and "SELECT 1". */
  private static final String SELECT_1 = "3a73c22708932fdc16607c19b3b64dbd0b670aa50617d6466d3910324de523b9";

  @TempDir
  Path location;

  @Test
  void isASha256OfTheStatementsThatNeverChangesForTheSameStatements() {
    String checksum = MigrationChecksum.of(List.of("CREATE TABLE account (id bigint)", "DROP TABLE old"));

    assertThat(checksum).matches("[0-9a-f]{64}");
    assertThat(MigrationChecksum.of(List.of("CREATE TABLE account (id bigint)", "DROP TABLE old")))
        .isEqualTo(checksum);
    // databases keep it: a change to how it is computed must be deliberate (a new format version)
    assertThat(MigrationChecksum.of(List.of("SELECT 1;\n"))).isEqualTo(SELECT_1);
  }

  @Test
  void orderAndBoundariesOfStatementsCount() {
    String checksum = MigrationChecksum.of(List.of("SELECT 1", "SELECT 2"));

    assertThat(MigrationChecksum.of(List.of("SELECT 2", "SELECT 1"))).isNotEqualTo(checksum);
    assertThat(MigrationChecksum.of(List.of("SELECT 1 SELECT 2"))).isNotEqualTo(checksum);
    assertThat(MigrationChecksum.of(List.of("SELECT 1", "SELECT 2", "SELECT 3"))).isNotEqualTo(checksum);
  }

  @Test
  void layoutOutsideQuotesDoesNotCountButTextInsideDoes() {
    assertThat(MigrationChecksum.normalise("  UPDATE account\n   SET name = 'a  b'\tWHERE id = 1 ;  \n"))
        .isEqualTo("UPDATE account SET name = 'a  b' WHERE id = 1");
    assertThat(MigrationChecksum.normalise("SELECT 'it''s  here', \"Odd  Name\"   FROM t"))
        .isEqualTo("SELECT 'it''s  here', \"Odd  Name\" FROM t");
    assertThat(MigrationChecksum.of(List.of("UPDATE account\n  SET status = 'x';")))
        .isEqualTo(MigrationChecksum.of(List.of("UPDATE account SET status = 'x'")))
        .isNotEqualTo(MigrationChecksum.of(List.of("UPDATE account SET status = 'x '")));
  }

  @Test
  void reformattingAMigrationKeepsItsChecksumAndChangingAnOpDoesNot() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    Path file = sources.write(ID, null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"
            + " op.execute(\"UPDATE account SET id = 1\");",
        "op.dropTable(\"account\");");
    String original = upgradeChecksum();

    // another layout, a comment, a local variable, a text block: the same statements
    Files.writeString(file, Files.readString(file).replace(
        "    op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));"
            + " op.execute(\"UPDATE account SET id = 1\");",
        """
                // the account table, keyed by id
                String table = "account";
                op.createTable(table,
                    column("id", bigint()).notNull(),
                    primaryKey("id"));
                op.execute(\"""
                    UPDATE account
                    SET id = 1
                    \""");
            """));
    assertThat(upgradeChecksum()).isEqualTo(original);

    Files.writeString(file, Files.readString(file).replace("bigint()", "integer()"));
    assertThat(upgradeChecksum()).isNotEqualTo(original);
  }

  @Test
  void theDowngradeIsNotPartOfIt() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    Path file = sources.write(ID, null, "create account", "op.execute(\"CREATE TABLE account (id bigint)\");",
        "op.dropTable(\"account\");");
    String original = upgradeChecksum();

    Files.writeString(file, Files.readString(file).replace("op.dropTable(\"account\");",
        "op.execute(\"DROP TABLE IF EXISTS account\");"));

    assertThat(upgradeChecksum()).isEqualTo(original);
  }

  @Test
  void theFileChecksumIsOfItsBytes() throws Exception {
    Path a = Files.writeString(location.resolve("a.txt"), "x");
    Path b = Files.writeString(location.resolve("b.txt"), "x ");

    assertThat(MigrationChecksum.ofFile(a)).matches("[0-9a-f]{64}").isNotEqualTo(MigrationChecksum.ofFile(b));
    assertThat(MigrationChecksum.ofFile(null)).isNull();
  }

  private String upgradeChecksum() {
    List<LoadedRevision> revisions = new MigrationLoader().load(new ScriptDirectory(location).sources());
    return MigrationChecksum.ofUpgrade(new PostgresDialect(), revisions.get(0));
  }
}
