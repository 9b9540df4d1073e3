package dev.autogen.render;

import java.util.Objects;

/**
 * A migration's Java source, ready to write under {@code versions/}.
 *
 * @param fileName the file's name, {@code <class name>.java}
 * @param source   the file's text
 */
public record RenderedMigration(String fileName, String source) {

  private static final String EXTENSION = ".java";

  public RenderedMigration {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(source, "source");
    if (!fileName.endsWith(EXTENSION)) {
      throw new IllegalArgumentException("not a Java file name: " + fileName);
    }
  }

  /** The public class the file declares, in the default package. */
  public String className() {
    return fileName.substring(0, fileName.length() - EXTENSION.length());
  }
}
