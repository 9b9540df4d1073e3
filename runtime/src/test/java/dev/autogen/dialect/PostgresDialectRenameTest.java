package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.DropPrimaryKeyOp;
import dev.autogen.op.RenameColumnOp;
import dev.autogen.op.RenameTableOp;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresDialectRenameTest {

  private static final QualifiedName USER = QualifiedName.of("user");

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void renamesATableWithinItsSchema() {
    assertThat(dialect.sql(new RenameTableOp(new QualifiedName("app", "post"), new QualifiedName("app", "user"))))
        .containsExactly("ALTER TABLE app.post RENAME TO \"user\"");
  }

  @Test
  void renamesAColumn() {
    assertThat(dialect.sql(new RenameColumnOp(USER, "phone", "Phone Number")))
        .containsExactly("ALTER TABLE \"user\" RENAME COLUMN phone TO \"Phone Number\"");
  }

  @Test
  void addsAPrimaryKeyNamedOrLeftToPostgresql() {
    assertThat(dialect.sql(new AddPrimaryKeyOp(USER, new PrimaryKeyModel(null, List.of("tenant_id", "id")))))
        .containsExactly("ALTER TABLE \"user\" ADD PRIMARY KEY (tenant_id, id)");
    assertThat(dialect.sql(new AddPrimaryKeyOp(USER, new PrimaryKeyModel("pk_user", List.of("id")))))
        .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT pk_user PRIMARY KEY (id)");
  }

  @Test
  void dropsAPrimaryKeyByName() {
    assertThat(dialect.sql(new DropPrimaryKeyOp(USER, "user_pkey", null)))
        .containsExactly("ALTER TABLE \"user\" DROP CONSTRAINT user_pkey");
  }
}
