package dev.autogen.samples.boot.db.versions;

import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** Create note table. */
@Revision(id = "5a0000000001", message = "Create note table", created = "2026-12-06T19:00:00Z")
public final class R5a0000000001_CreateNote implements Migration {

  @Override
  public void upgrade(Operations op) {
    op.createTable("note",
        column("id", bigint()).notNull().identity(),
        column("text", varchar(500)).notNull(),
        primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("note");
  }
}
