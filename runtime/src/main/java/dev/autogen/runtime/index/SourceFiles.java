package dev.autogen.runtime.index;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The bytes of the file a class is compiled from, through javac's own tree API: it knows the file even when the
 * build passes no source path (Gradle passes an empty one). Loaded only inside javac, never at run time.
 */
final class SourceFiles {

  private SourceFiles() {
  }

  /** The SHA-256 of {@code type}'s source file, or {@code null} when this compiler cannot tell. */
  static String checksumOf(ProcessingEnvironment environment, TypeElement type) {
    try {
      TreePath path = Trees.instance(environment).getPath(type);
      if (path == null) {
        return null;
      }
      JavaFileObject source = path.getCompilationUnit().getSourceFile();
      try (InputStream in = source.openInputStream()) {
        return RevisionIndexProcessor.hex(RevisionIndexProcessor.sha256().digest(in.readAllBytes()));
      }
    } catch (IOException | IllegalArgumentException | LinkageError e) {
      return null; // not javac, or a wrapped environment: the index records no file checksum
    }
  }
}
