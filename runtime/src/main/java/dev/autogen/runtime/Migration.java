package dev.autogen.runtime;

/**
 * One revision's change to the schema. Implementations carry a {@link Revision} annotation, the source of truth for
 * their id and parents.
 */
public interface Migration {

  void upgrade(Operations op);

  void downgrade(Operations op);
}
