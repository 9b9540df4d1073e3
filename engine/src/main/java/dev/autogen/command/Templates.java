package dev.autogen.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What {@code autogen init} lays down, read from classpath resources under {@code dev/autogen/templates/} (the
 * templates module): an {@code index.properties} naming each template, and per template an
 * {@code autogen.properties} for the current directory and a {@code README.md} for the migrations directory.
 */
public final class Templates {

  private static final String ROOT = "dev/autogen/templates/";

  private final ClassLoader loader;

  public Templates(ClassLoader loader) {
    this.loader = loader;
  }

  /** Template names and their one-line descriptions, sorted by name. */
  public Map<String, String> list() {
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream(ROOT + "index.properties")) {
      if (in == null) {
        return Map.of();
      }
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> templates = new TreeMap<>();
    index.stringPropertyNames().forEach(name -> templates.put(name, index.getProperty(name)));
    return templates;
  }

  /**
   * Creates {@code scriptDirectory} with {@code versions/} and a README, and {@code autogen.properties} in
   * {@code configDirectory} unless one exists (which is kept, as {@code alembic init} keeps alembic.ini).
   *
   * @return the files and directories written, for the user to see
   */
  public List<String> init(Path scriptDirectory, String template, Path configDirectory, Consumer<String> reporter) {
    Map<String, String> templates = list();
    if (!templates.containsKey(template)) {
      throw new AutogenException("no template named '" + template + "'; available: " + String.join(", ", templates.keySet()));
    }
    if (Files.exists(scriptDirectory) && !isEmptyDirectory(scriptDirectory)) {
      throw new AutogenException("directory '" + scriptDirectory + "' already exists and is not empty");
    }
    List<String> written = new ArrayList<>();
    try {
      Path versions = scriptDirectory.resolve("versions");
      Files.createDirectories(versions);
      reporter.accept("Creating directory " + versions.toAbsolutePath().normalize() + " ...  done");
      Path readme = scriptDirectory.resolve("README.md");
      Files.writeString(readme, resource(template, "README.md"));
      reporter.accept("Generating " + readme.toAbsolutePath().normalize() + " ...  done");
      written.add(readme.toString());
      Path config = configDirectory.resolve(ConfigLoader.DEFAULT_FILE);
      if (Files.exists(config)) {
        reporter.accept("File " + config.toAbsolutePath().normalize() + " already exists, skipping");
      } else {
        String location = configDirectory.toAbsolutePath().normalize()
            .relativize(scriptDirectory.toAbsolutePath().normalize()).toString().replace('\\', '/');
        Files.writeString(config, resource(template, "autogen.properties").replace("@script_location@", location));
        reporter.accept("Generating " + config.toAbsolutePath().normalize() + " ...  done");
        written.add(config.toString());
      }
    } catch (IOException e) {
      throw new AutogenException("cannot write template '" + template + "' to " + scriptDirectory + ": " + e.getMessage(), e);
    }
    reporter.accept("Please edit configuration settings in '" + ConfigLoader.DEFAULT_FILE
        + "' (url, entities.packages, entities.classpath) before proceeding.");
    return written;
  }

  private String resource(String template, String name) throws IOException {
    try (InputStream in = loader.getResourceAsStream(ROOT + template + "/" + name)) {
      if (in == null) {
        throw new IOException("template '" + template + "' has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static boolean isEmptyDirectory(Path directory) {
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
