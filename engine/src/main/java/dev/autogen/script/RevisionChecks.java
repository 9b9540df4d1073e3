package dev.autogen.script;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules every revision source meets, whether read by parsing ({@link RevisionHeaderReader}) or by compiling
 * ({@link MigrationLoader}), in one place so both say the same: well-formed ids, and no id declared by two files.
 */
final class RevisionChecks {

  private final Map<String, Path> sourcesById = new HashMap<>();

  /** Checks the ids {@code source} declares: its own, its parents', its dependencies' and those a squash replaces. */
  static void wellFormed(Path source, String id, List<String> revises, List<String> dependsOn,
      List<String> replaces) {
    List<String> ids = new ArrayList<>();
    ids.add(id);
    ids.addAll(revises);
    ids.addAll(dependsOn);
    ids.addAll(replaces);
    for (String each : ids) {
      if (each == null || !RevisionId.isValid(each)) {
        throw new ScriptException(source + ": revision id '" + each + "' is not 12 lowercase hexadecimal characters");
      }
    }
  }

  /** Records the id {@code source} declares, failing when another file declared it first. */
  void unique(Path source, String id) {
    Path other = sourcesById.putIfAbsent(id, source);
    if (other != null) {
      throw new ScriptException("Revision id '" + id + "' is declared twice: in " + other + " and in " + source);
    }
  }
}
