package dev.autogen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated entity model: the BASE model of {@code n} tables, or the CHANGED model derived from it, where 5% of
 * the tables change and 1% more are added. Both are derived from a fixed seed, so every run sees the same models.
 */
record ModelSpec(List<TableSpec> tables) {

  static final String PACKAGE = "bench.model";
  private static final long SEED = 20_260_311L;

  ModelSpec {
    tables = List.copyOf(tables);
  }

  static ModelSpec base(int n) {
    Random random = new Random(SEED);
    List<TableSpec> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tables.add(newTable(i, random));
    }
    return new ModelSpec(tables);
  }

  /** Changes every 20th table (5%, at a seeded offset) and adds n / 100 tables (at least one). */
  static ModelSpec changed(int n) {
    Random random = new Random(SEED + 1);
    int offset = random.nextInt(20);
    List<TableSpec> tables = new ArrayList<>();
    for (TableSpec table : base(n).tables()) {
      tables.add(table.index() % 20 == offset ? table.withChanges() : table);
    }
    int added = Math.max(1, n / 100);
    for (int i = n; i < n + added; i++) {
      tables.add(newTable(i, random));
    }
    return new ModelSpec(tables);
  }

  long changedTables() {
    return tables.stream().filter(TableSpec::changed).count();
  }

  private static TableSpec newTable(int index, Random random) {
    int parent = index == 0 ? -1 : random.nextInt(index);
    int nameLength = 40 + 10 * random.nextInt(17);
    return new TableSpec(index, parent, nameLength, false);
  }
}
