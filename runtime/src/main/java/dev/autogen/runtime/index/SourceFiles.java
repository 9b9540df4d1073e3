package dev.autogen.runtime.index;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  /** A file's bytes; a source held in memory (a test's, a tool's) has only characters, taken as UTF-8. */
  private static byte[] bytesOf(JavaFileObject source) throws IOException {
    try (InputStream in = source.openInputStream()) {
      return in.readAllBytes();
    } catch (RuntimeException e) {
      // javac hands on a client file object's UnsupportedOperationException wrapped in an exception of its own
      return source.getCharContent(true).toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The SHA-256 of {@code type}'s source file, or {@code null} when this compiler cannot tell. */
  static String checksumOf(ProcessingEnvironment environment, TypeElement type) {
    try {
      TreePath path = Trees.instance(environment).getPath(type);
      if (path == null) {
        return null;
      }
      JavaFileObject source = path.getCompilationUnit().getSourceFile();
      return RevisionIndexProcessor.hex(RevisionIndexProcessor.sha256().digest(bytesOf(source)));
    } catch (IOException | RuntimeException | LinkageError e) {
      return null; // not javac, or a wrapped environment: the index records no file checksum
    }
  }
}
