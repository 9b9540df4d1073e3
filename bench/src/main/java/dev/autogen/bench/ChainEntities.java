package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Entities mapping exactly the tables {@link UpgradeChain} creates ({@code t_NNNN}: a bigint key, a
 * {@code varchar(100)} column and its index), plus one new table: a revision against the chain at head has one
 * table to add.
 */
record ChainEntities(int length) {

  static final String PACKAGE = "bench.chain";

  /** Writes the sources under {@code <dir>/src} and compiles them into {@code <dir>/classes}, returned. */
  Path compile(Path dir) throws IOException {
    Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<Path> files = new ArrayList<>();
    for (int i = 1; i <= length + 1; i++) {
      String table = i <= length ? String.format(Locale.ROOT, "t_%04d", i) : "t_new";
      String className = i <= length ? String.format(Locale.ROOT, "T%04d", i) : "TNew";
      files.add(Files.writeString(sources.resolve(className + ".java"), String.join("\n",
          "package " + PACKAGE + ";",
          "",
          "import jakarta.persistence.*;",
          "",
          "@Entity",
          "@Table(name = \"" + table + "\", indexes = @Index(name = \"ix_" + table + "_name\", columnList = \"name\"))",
          "public class " + className + " {",
          "  @Id Long id;",
          "  @Column(length = 100) String name;",
          "}",
          "")));
    }
    ModelCompiler.compileSources(files, classes, sources);
    return classes;
  }
}
