package dev.autogen.runtime;

import dev.autogen.runtime.ChangedMigrationException.ChangedMigration;
import java.util.List;

/**
 * Whether the applied revisions still do what they did when they ran: those whose upgrade now produces other
 * statements than the checksum recorded, oldest first.
 */
public record ValidationResult(List<ChangedMigration> changed) {

  public ValidationResult {
    changed = List.copyOf(changed);
  }

  public boolean isValid() {
    return changed.isEmpty();
  }
}
