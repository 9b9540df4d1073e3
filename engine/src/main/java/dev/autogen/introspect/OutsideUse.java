package dev.autogen.introspect;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * An enum type, composite type or sequence used by something autogen does not manage (a table in a schema it does
 * not read, an excluded table, a view, a function): dropping it would fail, or take that user along, so it is kept
 * even when the target no longer has it.
 *
 * @param kind {@code enum type}, {@code composite type} or {@code sequence}
 * @param name the object used
 * @param user PostgreSQL's description of what uses it
 */
public record OutsideUse(String kind, QualifiedName name, String user) {

  public OutsideUse {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(user, "user");
  }

  @Override
  public String toString() {
    return kind + " '" + name + "' is kept: " + user + " uses it, and autogen does not manage that";
  }
}
