package dev.autogen.introspect;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * A use of a type or sequence by a partitioned table (or one of its partitions): managed while the target maps the
 * table, an outside use once it does not and the table is left out.
 *
 * @param table the partitioned table
 * @param use   the use, as it is reported when the table is left out
 */
public record PartitionedUse(QualifiedName table, OutsideUse use) {

  public PartitionedUse {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(use, "use");
  }
}
