package dev.autogen.samples.boot.db.versions;

import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** Add priority column to note table, and a first note. */
@Revision(id = "5a0000000002", revises = "5a0000000001", message = "Add priority column to note table",
    created = "2026-12-06T19:05:00Z")
public final class R5a0000000002_AddPriority implements Migration {

  @Override
  public void upgrade(Operations op) {
    op.addColumn("note", column("priority", integer()).notNull().defaultValue("0"));
    op.batch("INSERT INTO note (text, priority) VALUES (?, ?)",
        new Object[] {"Welcome: this note was written by a data migration", 1});
  }

  @Override
  public void downgrade(Operations op) {
    op.dropColumn("note", "priority");
  }
}
