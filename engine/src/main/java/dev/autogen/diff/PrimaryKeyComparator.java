package dev.autogen.diff;

import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.TableModel;
import java.util.List;

/**
 * Primary keys, compared by their columns; the name is ignored (PostgreSQL picks {@code <table>_pkey} when the
 * mapping names none). There is no op to change a primary key yet, so a difference becomes a note.
 */
final class PrimaryKeyComparator implements ElementComparator {

  @Override
  public void compare(TableModel current, TableModel target, PlanBuilder plan) {
    List<String> currentColumns = columns(current.primaryKey());
    List<String> targetColumns = columns(target.primaryKey());
    if (!currentColumns.equals(targetColumns)) {
      plan.note("primary key of '" + target.name() + "' differs: " + currentColumns + " in the database, "
          + targetColumns + " in the target; changing a primary key is not supported, no op emitted");
    }
  }

  private static List<String> columns(PrimaryKeyModel primaryKey) {
    return primaryKey == null ? List.of() : primaryKey.columns();
  }
}
