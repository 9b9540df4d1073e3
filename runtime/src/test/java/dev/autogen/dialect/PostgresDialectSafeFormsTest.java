package dev.autogen.dialect;

import static dev.autogen.runtime.Dsl.check;
import static dev.autogen.runtime.Dsl.foreignKey;
import static dev.autogen.runtime.Dsl.index;
import static dev.autogen.runtime.Dsl.primaryKey;
import static dev.autogen.runtime.Dsl.unique;
import static dev.autogen.runtime.Dsl.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.op.AddCheckConstraintOp;
import dev.autogen.op.AddForeignKeyOp;
import dev.autogen.op.AddPrimaryKeyOp;
import dev.autogen.op.AddUniqueConstraintOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.CreateIndexOp;
import dev.autogen.op.DropIndexOp;
import dev.autogen.op.ValidateConstraintOp;
import dev.autogen.schema.QualifiedName;
import org.junit.jupiter.api.Test;

/** The SQL of the safe forms {@code revision --safe} writes. */
class PostgresDialectSafeFormsTest {

  private static final QualifiedName USER = QualifiedName.of("user");
  private static final QualifiedName POST = new QualifiedName("blog", "post");

  private final PostgresDialect dialect = new PostgresDialect();

  @Test
  void indexesConcurrently() {
    assertThat(dialect.sql(new CreateIndexOp(POST, index("post_created_idx", "created"), true)))
        .containsExactly("CREATE INDEX CONCURRENTLY post_created_idx ON blog.post (created)");
    assertThat(dialect.sql(new CreateIndexOp(USER, uniqueIndex("user_email_idx", "email"), true)))
        .containsExactly("CREATE UNIQUE INDEX CONCURRENTLY user_email_idx ON \"user\" (email)");
    assertThat(dialect.sql(new DropIndexOp(POST, "post_created_idx", null, true)))
        .containsExactly("DROP INDEX CONCURRENTLY blog.post_created_idx");
  }

  @Test
  void constraintsNotValidThenValidated() {
    assertThat(dialect.sql(new AddForeignKeyOp(POST, foreignKey("post_author_fkey", "author_id", "user", "id"), true)))
        .containsExactly("ALTER TABLE blog.post ADD CONSTRAINT post_author_fkey FOREIGN KEY (author_id) REFERENCES"
            + " \"user\" (id) NOT VALID");
    assertThat(dialect.sql(new AddCheckConstraintOp(USER, check("user_age_check", "age > 0"), true)))
        .containsExactly("ALTER TABLE \"user\" ADD CONSTRAINT user_age_check CHECK (age > 0) NOT VALID");
    assertThat(dialect.sql(new ValidateConstraintOp(USER, "user_age_check")))
        .containsExactly("ALTER TABLE \"user\" VALIDATE CONSTRAINT user_age_check");
  }

  @Test
  void keysOnAnIndexBuiltConcurrently() {
    assertThat(dialect.sql(new AddUniqueConstraintOp(USER, unique("user_email_key", "email"), true)))
        .containsExactly("CREATE UNIQUE INDEX CONCURRENTLY user_email_key ON \"user\" (email)",
            "ALTER TABLE \"user\" ADD CONSTRAINT user_email_key UNIQUE USING INDEX user_email_key");
    assertThat(dialect.sql(new AddPrimaryKeyOp(POST, primaryKey("blog_id", "id"), true)))
        .containsExactly("CREATE UNIQUE INDEX CONCURRENTLY post_pkey ON blog.post (blog_id, id)",
            "ALTER TABLE blog.post ADD CONSTRAINT post_pkey PRIMARY KEY USING INDEX post_pkey");
  }

  @Test
  void aBackfillPlaceholderHasNoSql() {
    assertThat(dialect.sql(new BackfillOp(USER, "tier"))).isEmpty();
  }
}
