package dev.autogen.corpus;

import dev.autogen.schema.jpa.ScannedEntities;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An earlier release of a corpus model, from its jar in {@code target/earlier-models} (copied there by the build,
 * never on the test classpath). Its classes have the same names as the current release's, which the test classpath
 * holds, so they are loaded from the jar first (see {@link JarFirstClassLoader}).
 */
final class EarlierVersion {

  static final Path DIRECTORY = Path.of("target", "earlier-models");

  private static final List<String> MAPPING_ANNOTATIONS = List.of(Entity.class.getName(),
      Embeddable.class.getName(), MappedSuperclass.class.getName(), Converter.class.getName());

  private EarlierVersion() {
  }

  /** The jar {@code fileName} in {@link #DIRECTORY}. */
  static Path jar(String fileName) {
    Path jar = DIRECTORY.resolve(fileName);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: the build copies it there"
          + " (maven-dependency-plugin, execution earlier-models)");
    }
    return jar;
  }

  /** The mapped classes of {@code packages} in {@code jar}, loaded from the jar alone. */
  static ScannedEntities load(Path jar, List<String> packages) {
    URLClassLoader loader = new JarFirstClassLoader(url(jar), EarlierVersion.class.getClassLoader());
    List<Class<?>> classes = new ArrayList<>();
    try (ScanResult scan = new ClassGraph().overrideClasspath(jar.toString()).enableAnnotationInfo()
        .ignoreClassVisibility().acceptPackages(packages.toArray(String[]::new)).scan()) {
      for (String annotation : MAPPING_ANNOTATIONS) {
        for (ClassInfo info : scan.getClassesWithAnnotation(annotation)) {
          classes.add(Class.forName(info.getName(), false, loader));
        }
      }
      return new ScannedEntities(loader, classes);
    } catch (ClassNotFoundException | RuntimeException e) {
      ScannedEntities failed = new ScannedEntities(loader, List.of());
      failed.close();
      throw new IllegalStateException("cannot load the mapped classes of " + jar, e);
    }
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads the classes its jar holds itself, and asks its parent for every other: the earlier release's own classes
   * win over the current release's of the same name, while what both share (jakarta.persistence, Hibernate, the
   * product's other modules) stays the parent's.
   */
  private static final class JarFirstClassLoader extends URLClassLoader {

    JarFirstClassLoader(URL jar, ClassLoader parent) {
      super(new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null && findResource(name.replace('.', '/') + ".class") != null) {
          loaded = findClass(name);
        }
        if (loaded == null) {
          return super.loadClass(name, resolve);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
