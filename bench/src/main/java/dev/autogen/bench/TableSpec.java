package dev.autogen.bench;

/**
 * One generated entity: table {@code t00042} mapped by class {@code T00042}.
 *
 * @param index      the table's number; names and the enum are derived from it
 * @param parent     the earlier table the {@code parent_id} foreign key points to, or -1 for none
 * @param nameLength the length of the {@code name varchar} column
 * @param changed    whether this table carries the changes of the changed model: an added column
 *                   ({@code note}), a dropped one ({@code score}), a retyped one ({@code name} is 20 longer) and a
 *                   new index (on {@code quantity})
 */
record TableSpec(int index, int parent, int nameLength, boolean changed) {

  String className() {
    return String.format("T%05d", index);
  }

  String tableName() {
    return String.format("t%05d", index);
  }

  TableSpec withChanges() {
    return new TableSpec(index, parent, nameLength, true);
  }
}
