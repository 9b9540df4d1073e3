package dev.autogen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with everything declared on it.
 *
 * @param name              qualified name
 * @param columns           columns in their physical order
 * @param primaryKey        the primary key, or {@code null}
 * @param uniqueConstraints unique constraints
 * @param indexes           indexes that back no constraint
 * @param foreignKeys       foreign keys declared on this table
 * @param checks            check constraints
 * @param comment           the table's comment ({@code COMMENT ON TABLE}), or {@code null}; never empty
 */
public record TableModel(
    QualifiedName name,
    List<ColumnModel> columns,
    PrimaryKeyModel primaryKey,
    List<UniqueConstraintModel> uniqueConstraints,
    List<IndexModel> indexes,
    List<ForeignKeyModel> foreignKeys,
    List<CheckConstraintModel> checks,
    String comment) {

  public TableModel {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniqueConstraints = List.copyOf(uniqueConstraints);
    indexes = List.copyOf(indexes);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
    if (comment != null && comment.isEmpty()) {
      comment = null;
    }
  }

  /** A table without a comment. */
  public TableModel(QualifiedName name, List<ColumnModel> columns, PrimaryKeyModel primaryKey,
      List<UniqueConstraintModel> uniqueConstraints, List<IndexModel> indexes, List<ForeignKeyModel> foreignKeys,
      List<CheckConstraintModel> checks) {
    this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, null);
  }

  /** A table without check constraints. */
  public TableModel(QualifiedName name, List<ColumnModel> columns, PrimaryKeyModel primaryKey,
      List<UniqueConstraintModel> uniqueConstraints, List<IndexModel> indexes, List<ForeignKeyModel> foreignKeys) {
    this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, List.of(), null);
  }

  /** Builds a table from the elements {@code op.createTable(...)} was given, in their order. */
  public static TableModel of(QualifiedName name, List<? extends TableElement> elements) {
    List<ColumnModel> columns = new ArrayList<>();
    PrimaryKeyModel primaryKey = null;
    List<UniqueConstraintModel> uniques = new ArrayList<>();
    List<IndexModel> indexes = new ArrayList<>();
    List<ForeignKeyModel> foreignKeys = new ArrayList<>();
    List<CheckConstraintModel> checks = new ArrayList<>();
    String comment = null;
    for (TableElement element : elements) {
      if (element instanceof ColumnModel column) {
        columns.add(column);
      } else if (element instanceof PrimaryKeyModel key) {
        if (primaryKey != null) {
          throw new IllegalArgumentException("table " + name + " declares two primary keys");
        }
        primaryKey = key;
      } else if (element instanceof UniqueConstraintModel unique) {
        uniques.add(unique);
      } else if (element instanceof IndexModel index) {
        indexes.add(index);
      } else if (element instanceof ForeignKeyModel foreignKey) {
        foreignKeys.add(foreignKey);
      } else if (element instanceof CheckConstraintModel check) {
        checks.add(check);
      } else if (element instanceof TableComment tableComment) {
        comment = tableComment.text();
      }
    }
    return new TableModel(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
  }

  public Optional<ColumnModel> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /**
   * All elements in declaration order: the comment, columns, primary key, unique constraints, indexes, foreign
   * keys, check constraints.
   */
  public List<TableElement> elements() {
    List<TableElement> elements = new ArrayList<>();
    if (comment != null) {
      elements.add(new TableComment(comment));
    }
    elements.addAll(columns);
    if (primaryKey != null) {
      elements.add(primaryKey);
    }
    elements.addAll(uniqueConstraints);
    elements.addAll(indexes);
    elements.addAll(foreignKeys);
    elements.addAll(checks);
    return elements;
  }

  public TableModel withColumns(List<ColumnModel> newColumns) {
    return new TableModel(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  public TableModel withPrimaryKey(PrimaryKeyModel newPrimaryKey) {
    return new TableModel(name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment);
  }

  public TableModel withUniqueConstraints(List<UniqueConstraintModel> newUniques) {
    return new TableModel(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment);
  }

  public TableModel withIndexes(List<IndexModel> newIndexes) {
    return new TableModel(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment);
  }

  public TableModel withForeignKeys(List<ForeignKeyModel> newForeignKeys) {
    return new TableModel(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checks, comment);
  }

  public TableModel withChecks(List<CheckConstraintModel> newChecks) {
    return new TableModel(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment);
  }

  public TableModel withComment(String newComment) {
    return new TableModel(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment);
  }
}
