package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectLongNameTest {

  private final PostgresDialect dialect = new PostgresDialect();

  /** PostgreSQL named it makeObjectName(table, NULL, "pkey"): the table part shortened, the suffix kept. */
  @Test
  void theImplicitPrimaryKeyOfALongTableIsDroppedUnderTheNamePostgresqlGaveIt() {
    QualifiedName table = QualifiedName.of("t".repeat(63));
    AddPrimaryKeyOp add = new AddPrimaryKeyOp(table, new PrimaryKeyModel(null, List.of("id")));

    assertThat(dialect.sql(add.reverse()))
        .containsExactly("ALTER TABLE " + "t".repeat(63) + " DROP CONSTRAINT " + "t".repeat(58) + "_pkey");
    assertThat(dialect.sql(new AddPrimaryKeyOp(QualifiedName.of("account"), new PrimaryKeyModel(null, List.of("id")))
        .reverse())).containsExactly("ALTER TABLE account DROP CONSTRAINT account_pkey");
  }

  /** A file written while the op named it unshortened still drops the key PostgreSQL named, not a 63-byte cut. */
  @Test
  void anOlderFilesUnshortenedImplicitNameIsDroppedUnderTheNamePostgresqlGaveIt() {
    QualifiedName table = QualifiedName.of("t".repeat(63));
    assertThat(dialect.sql(new DropPrimaryKeyOp(table, "t".repeat(63) + "_pkey", null)))
        .containsExactly("ALTER TABLE " + "t".repeat(63) + " DROP CONSTRAINT " + "t".repeat(58) + "_pkey");
  }
}
