package dev.autogen.schema.jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tells a Spring Boot application by its own classes when Spring Boot's jars are not on the entities' classpath
 * ({@code entities.classpath = target/classes}): a class annotated {@code @SpringBootApplication} (or
 * {@code @SpringBootConfiguration}, which it carries) in one of the classpath's directories. The class files are read
 * as bytes, never loaded: the annotation's own class is not there to load. Jars are not looked into: a Boot
 * application's main class is in its own build output, and a dependency's would be no sign of this application.
 */
final class SpringBootApplicationMarker {

  private static final List<byte[]> DESCRIPTORS = Stream.of(
      "Lorg/springframework/boot/autoconfigure/SpringBootApplication;",
      "Lorg/springframework/boot/SpringBootConfiguration;")
      .map(descriptor -> descriptor.getBytes(StandardCharsets.UTF_8))
      .toList();

  private SpringBootApplicationMarker() {
  }

  /** Whether a class file in one of {@code loader}'s directory entries carries a Spring Boot application annotation. */
  static boolean presentIn(URLClassLoader loader) {
    for (URL url : loader.getURLs()) {
      Path directory = directoryOf(url);
      if (directory != null && presentIn(directory)) {
        return true;
      }
    }
    return false;
  }

  static boolean presentIn(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".class") && Files.isRegularFile(file))
          .anyMatch(SpringBootApplicationMarker::annotated);
    } catch (IOException e) {
      throw new EntityScanException("cannot read the classes in " + directory + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new EntityScanException("cannot read the classes in " + directory + ": " + e.getCause().getMessage(), e);
    }
  }

  // the annotation's type descriptor is a UTF-8 constant in the constant pool of every class it annotates
  private static boolean annotated(Path classFile) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(classFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (byte[] descriptor : DESCRIPTORS) {
      if (indexOf(bytes, descriptor) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Path directoryOf(URL url) {
    if (!"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      Path path = Path.of(url.toURI());
      return Files.isDirectory(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
