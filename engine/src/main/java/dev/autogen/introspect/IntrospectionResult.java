package dev.autogen.introspect;

import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

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
 * @param outsideUses the enum types, composite types and sequences of {@code schema} that something it leaves out
 *                    uses: never to be dropped, whatever the target says (see {@link #keepingUsedOutside})
 * @param partitionedUses the uses by {@code partitionedTables} (and their partitions), which become outside uses
 *                    when the target does not map the table
 */
public record IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes,
    List<UnmanagedObject> unmanaged, List<String> keptSchemas, List<QualifiedName> partitionedTables,
    List<OutsideUse> outsideUses, List<PartitionedUse> partitionedUses) {

  public IntrospectionResult {
    Objects.requireNonNull(schema, "schema");
    notes = List.copyOf(notes);
    unmanaged = List.copyOf(unmanaged);
    keptSchemas = List.copyOf(keptSchemas);
    partitionedTables = List.copyOf(partitionedTables);
    outsideUses = List.copyOf(outsideUses);
    partitionedUses = List.copyOf(partitionedUses);
  }

  /** A result where nothing left out uses a type or sequence. */
  public IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes, List<UnmanagedObject> unmanaged,
      List<String> keptSchemas, List<QualifiedName> partitionedTables) {
    this(schema, notes, unmanaged, keptSchemas, partitionedTables, List.of(), List.of());
  }

  /** A result with nothing unmanaged beside it. */
  public IntrospectionResult(SchemaModel schema, List<IntrospectionNote> notes) {
    this(schema, notes, List.of(), List.of(), List.of(), List.of(), List.of());
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
        partitionedTables.stream().filter(name -> !unmapped.contains(name)).toList(),
        Stream.concat(outsideUses.stream(), partitionedUses.stream()
            .filter(use -> unmapped.contains(use.table())).map(PartitionedUse::use)).toList(),
        partitionedUses.stream().filter(use -> !unmapped.contains(use.table())).toList());
  }

  /**
   * {@code target} also holding, as they are, the enum types, composite types and sequences it no longer has that
   * something autogen does not manage still uses: the diff then leaves them alone, as PostgreSQL would refuse to
   * drop them (or drop their users along with a {@code CASCADE}).
   */
  public SchemaModel keepingUsedOutside(SchemaModel target) {
    Set<QualifiedName> keptEnums = new HashSet<>();
    Set<QualifiedName> keptComposites = new HashSet<>();
    Set<QualifiedName> keptSequences = new HashSet<>();
    for (OutsideUse use : keptFor(target)) {
      switch (use.kind()) {
        case "enum type" -> keptEnums.add(use.name());
        case "composite type" -> keptComposites.add(use.name());
        default -> keptSequences.add(use.name());
      }
    }
    if (keptEnums.isEmpty() && keptComposites.isEmpty() && keptSequences.isEmpty()) {
      return target;
    }
    List<EnumTypeModel> enums = new ArrayList<>(target.enumTypes());
    schema.enumTypes().stream().filter(type -> keptEnums.contains(type.name())).forEach(enums::add);
    List<CompositeTypeModel> composites = new ArrayList<>(target.compositeTypes());
    schema.compositeTypes().stream().filter(type -> keptComposites.contains(type.name())).forEach(composites::add);
    List<SequenceModel> sequences = new ArrayList<>(target.sequences());
    schema.sequences().stream().filter(sequence -> keptSequences.contains(sequence.name())).forEach(sequences::add);
    return new SchemaModel(target.tables(), sequences, target.schemas(), enums, composites);
  }

  /**
   * The uses that keep an object {@code target} no longer has, one for each object (its first user): what
   * {@link #keepingUsedOutside} adds, worth a warning, since the user is never compared.
   */
  public List<OutsideUse> keptFor(SchemaModel target) {
    Map<String, OutsideUse> kept = new TreeMap<>();
    for (OutsideUse use : outsideUses) {
      boolean dropped = switch (use.kind()) {
        case "enum type" -> schema.enumType(use.name()).isPresent() && target.enumType(use.name()).isEmpty();
        case "composite type" -> schema.compositeType(use.name()).isPresent()
            && target.compositeType(use.name()).isEmpty();
        default -> schema.sequence(use.name()).isPresent() && target.sequence(use.name()).isEmpty();
      };
      if (dropped) {
        kept.putIfAbsent(use.kind() + " " + use.name(), use);
      }
    }
    // a kept composite type keeps the types its attributes use, which the diff would see used by nothing
    Deque<CompositeTypeModel> keptComposites = new ArrayDeque<>();
    kept.values().stream().filter(use -> use.kind().equals("composite type"))
        .forEach(use -> schema.compositeType(use.name()).ifPresent(keptComposites::add));
    while (!keptComposites.isEmpty()) {
      CompositeTypeModel composite = keptComposites.pop();
      for (CompositeAttribute attribute : composite.attributes()) {
        String user = "column " + attribute.name() + " of composite type " + composite.name();
        for (EnumTypeModel type : schema.enumTypes()) {
          if (type.isTypeOf(attribute.type()) && target.enumType(type.name()).isEmpty()) {
            kept.putIfAbsent("enum type " + type.name(), new OutsideUse("enum type", type.name(), user));
          }
        }
        for (CompositeTypeModel type : schema.compositeTypes()) {
          if (type.isTypeOf(attribute.type()) && target.compositeType(type.name()).isEmpty()
              && kept.putIfAbsent("composite type " + type.name(),
                  new OutsideUse("composite type", type.name(), user)) == null) {
            keptComposites.add(type);
          }
        }
      }
    }
    return List.copyOf(kept.values());
  }
}
