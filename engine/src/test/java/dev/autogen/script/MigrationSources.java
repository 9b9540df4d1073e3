package dev.autogen.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes migration sources shaped like generated ones into a test's versions directory. */
public final class MigrationSources {

  private final Path versions;

  public MigrationSources(Path location) throws IOException {
    this.versions = Files.createDirectories(location.resolve("versions"));
  }

  /**
   * Writes {@code R<id>.java} declaring the revision; {@code parent} may be {@code null} for a base.
   * The upgrade body starts on line 12, which compile error tests rely on.
   */
  public Path write(String id, String parent, String message, String upgrade, String downgrade) throws IOException {
    return write(id, parent, message, "", upgrade, downgrade);
  }

  /** As {@link #write(String, String, String, String, String)}, declaring {@code transactional = false}. */
  public Path writeWithoutTransaction(String id, String parent, String message, String upgrade, String downgrade)
      throws IOException {
    return write(id, parent, message, ", transactional = false", upgrade, downgrade);
  }

  private Path write(String id, String parent, String message, String members, String upgrade, String downgrade)
      throws IOException {
    return write(id, ", revises = \"" + parent + "\"", message, members, upgrade, downgrade, parent == null);
  }

  /**
   * Writes {@code R<id>.java} revising every one of {@code parents} (none for a base, several for a merge), with
   * further {@code @Revision} members such as {@code , created = "..."}.
   */
  public Path write(String id, List<String> parents, String message, String members, String upgrade,
      String downgrade) throws IOException {
    String revises = parents.stream().map(parent -> "\"" + parent + "\"").collect(Collectors.joining(", "));
    return write(id, ", revises = {" + revises + "}", message, members, upgrade, downgrade, parents.isEmpty());
  }

  private Path write(String id, String revisesMember, String message, String members, String upgrade,
      String downgrade, boolean base) throws IOException {
    String className = "R" + id;
    String revises = base ? "" : revisesMember;
    return write(className + ".java", String.join("\n",
        "import static dev.autogen.runtime.Dsl.*;",
        "",
        "import dev.autogen.runtime.Migration;",
        "import dev.autogen.runtime.Operations;",
        "import dev.autogen.runtime.Revision;",
        "",
        "@Revision(id = \"" + id + "\"" + revises + ", message = \"" + message + "\"" + members + ")",
        "public final class " + className + " implements Migration {",
        "",
        "  @Override",
        "  public void upgrade(Operations op) {",
        "    " + upgrade,
        "  }",
        "",
        "  @Override",
        "  public void downgrade(Operations op) {",
        "    " + downgrade,
        "  }",
        "}",
        ""));
  }

  public Path write(String fileName, String source) throws IOException {
    return Files.writeString(versions.resolve(fileName), source);
  }
}
