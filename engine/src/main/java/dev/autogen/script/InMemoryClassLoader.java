package dev.autogen.script;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

/**
 * Defines the freshly compiled migrations; anything else comes from the extra class path (the application's own
 * classes a migration may use) or, first of all, from the engine's loader, so that {@code Migration} and
 * {@code @Revision} are the engine's own types.
 */
final class InMemoryClassLoader extends URLClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final Map<String, byte[]> classes;

  InMemoryClassLoader(Map<String, byte[]> classes, URL[] extraClasspath, ClassLoader parent) {
    super("autogen-migrations", extraClasspath, parent);
    this.classes = Map.copyOf(classes);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      return super.findClass(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }
}
