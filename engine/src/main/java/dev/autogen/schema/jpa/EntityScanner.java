package dev.autogen.schema.jpa;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Finds the mapped classes of an application in its compiled output, without the application on autogen's own
 * classpath.
 *
 * <p>The classes are loaded by a {@link URLClassLoader} over the given entries whose parent is autogen's own loader,
 * so {@code jakarta.persistence} and Hibernate are shared: their annotations on the loaded classes are the ones
 * Hibernate looks for.
 */
public final class EntityScanner {

  private static final List<String> MAPPING_ANNOTATIONS = List.of(
      Entity.class.getName(), Embeddable.class.getName(), MappedSuperclass.class.getName(),
      Converter.class.getName());

  private EntityScanner() {
  }

  /**
   * Scans {@code packages} (and their subpackages) on {@code classpath}.
   *
   * @param classpath directories or jars holding the compiled entities and what they need
   * @param packages  the packages to look in; empty means every package on {@code classpath}
   * @throws EntityScanException if an entry does not exist or no {@code @Entity} class is found
   */
  public static ScannedEntities scan(List<Path> classpath, List<String> packages) {
    URLClassLoader loader = new URLClassLoader(urls(classpath), EntityScanner.class.getClassLoader());
    try {
      return new ScannedEntities(loader, load(mappedClassNames(classpath, packages), loader));
    } catch (RuntimeException e) {
      closeQuietly(loader, e);
      throw e;
    }
  }

  private static URL[] urls(List<Path> classpath) {
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      if (!Files.exists(entry)) {
        throw new EntityScanException("classpath entry does not exist: " + entry.toAbsolutePath());
      }
      try {
        urls.add(entry.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new EntityScanException("classpath entry is not a valid location: " + entry, e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static List<String> mappedClassNames(List<Path> classpath, List<String> packages) {
    ClassGraph classGraph = new ClassGraph()
        .overrideClasspath(classpath.stream().map(Path::toString).toList())
        .enableAnnotationInfo()
        // entities are often package-private
        .ignoreClassVisibility();
    if (!packages.isEmpty()) {
      classGraph.acceptPackages(packages.toArray(String[]::new));
    }
    try (ScanResult scan = classGraph.scan()) {
      if (scan.getClassesWithAnnotation(Entity.class.getName()).isEmpty()) {
        throw new EntityScanException("no @Entity classes found in packages " + packages + " on classpath " + classpath);
      }
      TreeSet<String> names = new TreeSet<>();
      for (String annotation : MAPPING_ANNOTATIONS) {
        scan.getClassesWithAnnotation(annotation).stream().map(ClassInfo::getName).forEach(names::add);
      }
      return List.copyOf(names);
    }
  }

  private static List<Class<?>> load(List<String> classNames, ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : classNames) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new EntityScanException("cannot load " + name + " (is a class it needs missing from the classpath?): "
            + e, e);
      }
    }
    return classes;
  }

  private static void closeQuietly(URLClassLoader loader, RuntimeException failure) {
    try {
      loader.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
