package dev.autogen.command;

import java.nio.file.Path;
import javax.lang.model.SourceVersion;

/**
 * The Java package {@code revision} and {@code merge} declare in the files they write, so that revisions kept in a
 * source folder of the application compile with it. Configured as {@code migrations.package}; otherwise, when the
 * {@code versions/} directory lies under a {@code src/main/java} directory, the package its path names there
 * ({@code src/main/java/com/example/db/versions}: {@code com.example.db.versions}); otherwise none.
 */
final class MigrationsPackage {

  static final String KEY = "migrations.package";

  private MigrationsPackage() {
  }

  /**
   * @param configured the key's value, {@code null} when the key is not set; empty means the default package
   * @return the package name, empty for the default package
   */
  static String resolve(Path configFile, String configured, Path versionsDirectory) {
    if (configured == null) {
      return inferred(versionsDirectory);
    }
    if (!configured.isEmpty() && !SourceVersion.isName(configured, SourceVersion.RELEASE_17)) {
      throw new AutogenException(configFile + ": " + KEY + " '" + configured + "' is not a Java package name"
          + " (dot-separated identifiers, no keywords), e.g. com.example.db.versions");
    }
    return configured;
  }

  /** The package a source root's layout gives the directory; empty when it is under none, or not a package path. */
  static String inferred(Path versionsDirectory) {
    Path directory = versionsDirectory.toAbsolutePath().normalize();
    for (int root = directory.getNameCount() - 3; root >= 0; root--) {
      if (directory.getName(root).toString().equals("src") && directory.getName(root + 1).toString().equals("main")
          && directory.getName(root + 2).toString().equals("java")) {
        if (root + 3 == directory.getNameCount()) {
          return "";
        }
        String name = directory.subpath(root + 3, directory.getNameCount()).toString()
            .replace(directory.getFileSystem().getSeparator(), ".");
        // a directory such as db-migrations is no package: the files stay in the default one
        return SourceVersion.isName(name, SourceVersion.RELEASE_17) ? name : "";
      }
    }
    return "";
  }
}
