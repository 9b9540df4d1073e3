package dev.autogen.script;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/** Keeps the compiler's class files in memory, remembering which source each came from. */
final class InMemoryClassOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {

  private final Map<String, ByteArrayOutputStream> classes = new LinkedHashMap<>();
  private final Map<String, URI> sources = new HashMap<>();

  InMemoryClassOutput(StandardJavaFileManager fileManager) {
    super(fileManager);
  }

  @Override
  public JavaFileObject getJavaFileForOutput(
      Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
    URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
    if (sibling != null) {
      sources.put(className, sibling.toUri());
    }
    return new SimpleJavaFileObject(uri, kind) {
      @Override
      public OutputStream openOutputStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        classes.put(className, bytes);
        return bytes;
      }
    };
  }

  /** Binary class name to class file bytes. */
  Map<String, byte[]> classes() {
    Map<String, byte[]> result = new LinkedHashMap<>();
    classes.forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
    return result;
  }

  /** The source a class was compiled from, as the compiler's file object URI. */
  URI sourceOf(String className) {
    return sources.get(className);
  }
}
