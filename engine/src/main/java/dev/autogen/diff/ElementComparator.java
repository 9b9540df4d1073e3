package dev.autogen.diff;

import dev.autogen.schema.TableModel;

/** Compares one kind of object (columns, indexes, ...) between two versions of the same table. */
interface ElementComparator {

  void compare(TableModel current, TableModel target, PlanBuilder plan);
}
