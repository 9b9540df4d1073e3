package dev.autogen.schema.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The mapped classes found by {@link EntityScanner}, loaded by a class loader of their own. Close it when the
 * metadata has been read, so the jars it opened are released.
 *
 * @param loader  the loader that loaded {@code classes}
 * @param classes entities, embeddables, mapped superclasses and converters, sorted by name
 */
public record ScannedEntities(URLClassLoader loader, List<Class<?>> classes) implements AutoCloseable {

  public ScannedEntities {
    Objects.requireNonNull(loader, "loader");
    classes = classes.stream().sorted(Comparator.comparing(Class::getName)).toList();
  }

  @Override
  public void close() {
    try {
      loader.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the entity class loader", e);
    }
  }
}
