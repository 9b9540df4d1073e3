package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project in a temporary directory, driven through {@link AutogenCli#run} as a user drives the command line. Every
 * project command gets {@code -c <directory>/autogen.properties} (an absolute path), so nothing depends on the
 * working directory of the test JVM.
 */
final class CliProject {

  private static final Pattern GENERATED_FILE = Pattern.compile("^Generating (.*R([0-9a-f]{12})_\\w+\\.java) \\.\\.\\.  done$");

  private final Path directory;
  private final Map<String, String> environment = new HashMap<>();

  CliProject(Path directory) {
    this.directory = directory.toAbsolutePath();
  }

  Path directory() {
    return directory;
  }

  Path configFile() {
    return directory.resolve("autogen.properties");
  }

  Path versions() {
    return directory.resolve("migrations").resolve("versions");
  }

  Path entityClasses() {
    return directory.resolve("target").resolve("classes");
  }

  CliProject environment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** Writes {@code autogen.properties} from {@code key = value} lines. */
  CliProject config(String... lines) {
    write(configFile(), String.join("\n", lines) + "\n");
    return this;
  }

  /** {@code init migrations}, writing autogen.properties into the project directory; must succeed. */
  CliResult init() {
    CliResult result = run("init", directory.resolve("migrations").toString(), "--config-dir", directory.toString());
    assertThat(result.exitCode()).as("init%n%s", result).isZero();
    return result;
  }

  /** A command line exactly as given. */
  CliResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = AutogenCli.run(args, new PrintWriter(out), new PrintWriter(err), environment);
    return new CliResult(exitCode, out.toString(), err.toString());
  }

  /** A project command: {@code verb -c <config> args...}. */
  CliResult command(String verb, String... args) {
    List<String> line = new ArrayList<>(List.of(verb, "-c", configFile().toString()));
    line.addAll(List.of(args));
    return run(line.toArray(String[]::new));
  }

  /** A project command that must succeed. */
  CliResult succeed(String verb, String... args) {
    CliResult result = command(verb, args);
    assertThat(result.exitCode()).as("%s %s%n%s", verb, String.join(" ", args), result).isZero();
    return result;
  }

  /** A project command that must fail with exactly one line on the error stream, returned. */
  String failWithOneLine(String verb, String... args) {
    CliResult result = command(verb, args);
    return CliAssertions.assertOneLineError(result);
  }

  /** The revision file a {@code revision} command reported writing. */
  static GeneratedRevision generated(CliResult revision) {
    for (String line : revision.outLines()) {
      Matcher matcher = GENERATED_FILE.matcher(line);
      if (matcher.matches()) {
        return new GeneratedRevision(matcher.group(2), Path.of(matcher.group(1)));
      }
    }
    throw new AssertionError("no 'Generating ... done' line for a revision file in\n" + revision);
  }

  record GeneratedRevision(String id, Path file) {

    String source() {
      return read(file);
    }

    /** Inserts {@code line} after the (single) line equal to {@code anchor}, keeping its indentation. */
    void insertAfter(String anchor, String line) {
      List<String> lines = new ArrayList<>(read(file).lines().toList());
      int index = lines.stream().map(String::strip).toList().indexOf(anchor);
      assertThat(index).as("line %s in %s", anchor, file).isNotNegative();
      String indentation = lines.get(index).substring(0, lines.get(index).indexOf(anchor));
      lines.add(index + 1, indentation + line);
      write(file, String.join("\n", lines) + "\n");
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
