package dev.autogen.diff;

/**
 * How {@link SchemaDiff} reads a difference.
 *
 * @param renames         whether a dropped table or column and an added one of the same definition may be proposed
 *                        as a rename, which keeps the data
 * @param renameThreshold the lowest {@link NameSimilarity} score a rename is proposed at, in [0, 1]; below it the
 *                        pair stays a drop and an add, with a note
 */
public record DiffOptions(boolean renames, double renameThreshold) {

  public static final DiffOptions DEFAULTS = new DiffOptions(true, 0.5);

  public DiffOptions {
    if (!(renameThreshold >= 0 && renameThreshold <= 1)) {
      throw new IllegalArgumentException("rename threshold must be in [0, 1]: " + renameThreshold);
    }
  }

  public DiffOptions withoutRenames() {
    return new DiffOptions(false, renameThreshold);
  }
}
