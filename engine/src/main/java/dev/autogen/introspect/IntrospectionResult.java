package dev.autogen.introspect;

import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an introspector read.
 *
 * @param schema    the tables the filter selected
 * @param notes     what the database holds but {@code schema} does not show, so nothing goes missing unnoticed
 * @param unmanaged   objects in the read schemas of kinds autogen does not manage
 * @param keptSchemas named schemas holding something {@code schema} leaves out (an excluded table, an unmanaged
 *                    object): never to be dropped, whatever the target says
 * @param partitionedTables the tables of {@code schema} declared {@code PARTITION BY} (their partitions are never
 *                    read): compared when the target maps them, otherwise see {@link #leavingOutUnmappedPartitioned}
 */
public record IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes,
    List<UnmanagedObject> unmanaged, List<String> keptSchemas, List<QualifiedName> partitionedTables) {

  public IntrospectionResult {
    Objects.requireNonNull(schema, "schema");
    notes = List.copyOf(notes);
    unmanaged = List.copyOf(unmanaged);
    keptSchemas = List.copyOf(keptSchemas);
    partitionedTables = List.copyOf(partitionedTables);
  }

  /** A result with nothing unmanaged beside it. */
  public IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes) {
    this(schema, notes, List.of(), List.of(), List.of());
  }

  /**
   * This result without the partitioned tables {@code target} does not map: they become unmanaged objects (one note
   * each, their partitions never listed) and their schemas are kept, so no migration drops what an entity model
   * cannot even describe. A partitioned table the target maps stays, and is compared like any other.
   */
  public IntrospectionResult leavingOutUnmappedPartitioned(SchemaModel target) {
    Set<QualifiedName> unmapped = new HashSet<>();
    for (QualifiedName name : partitionedTables) {
      if (target.table(name).isEmpty()) {
        unmapped.add(name);
      }
    }
    if (unmapped.isEmpty()) {
      return this;
    }
    List<UnmanagedObject> moreUnmanaged = new ArrayList<>(unmanaged);
    SortedSet<String> moreKept = new TreeSet<>(keptSchemas);
    for (QualifiedName name : partitionedTables) {
      if (unmapped.contains(name)) {
        moreUnmanaged.add(new UnmanagedObject("partitioned table", name));
        if (name.schema() != null) {
          moreKept.add(name.schema());
        }
      }
    }
    List<TableModel> mapped = schema.tables().stream().filter(table -> !unmapped.contains(table.name())).toList();
    return new IntrospectionResult(schema.withTables(mapped), notes, moreUnmanaged, List.copyOf(moreKept),
        partitionedTables.stream().filter(name -> !unmapped.contains(name)).toList());
  }
}
