package dev.autogen.command;

import java.util.List;

/**
 * What {@code drift} found.
 *
 * @param heads        the revisions the database's version table records, sorted; empty at base
 * @param expectedFrom how the expected schema was built: {@value #REPLAY} or {@value #SHADOW}
 * @param differences  the ops that would bring the database back to that schema, described as {@code check} lists
 *                     them; empty when nothing was changed outside the migrations
 */
public record DriftResult(List<String> heads, String expectedFrom, List<String> differences) {

  public static final String REPLAY = "replay";
  public static final String SHADOW = "shadow";

  public DriftResult {
    heads = List.copyOf(heads);
    differences = List.copyOf(differences);
  }

  public boolean drifted() {
    return !differences.isEmpty();
  }
}
