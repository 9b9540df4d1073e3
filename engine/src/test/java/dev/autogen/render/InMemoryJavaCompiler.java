package dev.autogen.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one default-package source with javac, without touching the disk, and loads the class. */
final class InMemoryJavaCompiler {

  private InMemoryJavaCompiler() {
  }

  /**
   * @param classpath where the source's imports live
   * @throws AssertionError with javac's diagnostics when the source does not compile cleanly
   */
  static Class<?> compile(String className, String source, Path classpath) throws ReflectiveOperationException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, null);
    JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(
          Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(uri(name + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(name, key -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject input = new SimpleJavaFileObject(uri(className + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter output = new StringWriter();
    // -proc:none: the runtime's revision index processor has no output directory to write to here
    List<String> options = List.of("-proc:none", "-classpath", classpath.toString(), "-Xlint:all", "-Werror");
    if (!javac.getTask(output, files, diagnostics, options, null, List.of(input)).call()) {
      throw new AssertionError("does not compile: " + diagnostics.getDiagnostics() + output + "\n" + source);
    }
    return new ClassLoader(InMemoryJavaCompiler.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes.toByteArray(), 0, bytes.size());
      }
    }.loadClass(className);
  }

  private static URI uri(String fileName) {
    try {
      return new URI("mem:///" + fileName);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(fileName, e);
    }
  }
}
