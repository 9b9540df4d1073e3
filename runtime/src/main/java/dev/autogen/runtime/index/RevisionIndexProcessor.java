package dev.autogen.runtime.index;

import dev.autogen.runtime.RevisionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the {@link RevisionIndex} of the {@code @Revision} classes a compilation holds. It runs inside
 * {@code javac} (found through {@code META-INF/services/javax.annotation.processing.Processor} in the runtime jar),
 * so an application that compiles its migrations with its own build gets the index in its jar, with what the graph
 * reads from each {@code @Revision}. A class that is not a concrete {@code Migration}, an id that is malformed or
 * used twice, a revises or dependsOn entry that no revision can have as its id, or a branch label used twice or
 * equal to an id, is a compile error naming the class: the runtime would refuse each of them.
 */
@SupportedAnnotationTypes(RevisionIndexProcessor.REVISION)
public final class RevisionIndexProcessor extends AbstractProcessor {

  static final String REVISION = "dev.autogen.runtime.Revision";
  private static final String MIGRATION = "dev.autogen.runtime.Migration";

  private final Map<String, RevisionIndex.Entry> byClass = new LinkedHashMap<>();
  private final Map<String, String> classById = new LinkedHashMap<>();
  private final Map<String, String> classByLabel = new LinkedHashMap<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement revision = processingEnv.getElementUtils().getTypeElement(REVISION);
    if (revision != null) {
      for (Element element : round.getElementsAnnotatedWith(revision)) {
        record(element);
      }
    }
    if (round.processingOver() && !byClass.isEmpty()) {
      write();
    }
    return false;
  }

  private void record(Element element) {
    if (element.getKind() != ElementKind.CLASS) {
      error(element, "@Revision belongs on a class implementing " + MIGRATION);
      return;
    }
    TypeElement type = (TypeElement) element;
    String className = processingEnv.getElementUtils().getBinaryName(type).toString();
    TypeMirror migration = processingEnv.getElementUtils().getTypeElement(MIGRATION).asType();
    if (!processingEnv.getTypeUtils().isAssignable(type.asType(), migration)) {
      error(element, className + " is annotated @Revision but does not implement " + MIGRATION);
      return;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      error(element, className + " is annotated @Revision but is abstract");
      return;
    }
    if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
      error(element, className + " is annotated @Revision but is an inner class; make it static or top-level");
      return;
    }
    Map<String, Object> values = annotationValues(type);
    String id = (String) values.get("id");
    if (id == null || !isRevisionId(id)) {
      error(element, className + ": revision id '" + id + "' is not 12 lowercase hexadecimal characters");
      return;
    }
    String other = classById.putIfAbsent(id, className);
    if (other != null && !other.equals(className)) {
      error(element, "Revision id '" + id + "' is declared twice: by " + other + " and by " + className);
      return;
    }
    RevisionInfo info = new RevisionInfo(id, strings(values.get("revises")), (String) values.get("message"),
        (String) values.get("created"), null, strings(values.get("branchLabels")), strings(values.get("dependsOn")),
        !Boolean.FALSE.equals(values.get("transactional")), strings(values.get("replaces")));
    if (referencesValid(element, className, info)) {
      byClass.put(className, new RevisionIndex.Entry(className, id, sourceChecksum(type), info));
    }
  }

  // what the revision graph would refuse when the application starts, said at compile time instead
  private boolean referencesValid(Element element, String className, RevisionInfo info) {
    boolean valid = true;
    List<String> references = new ArrayList<>(info.parents());
    references.addAll(info.dependsOn());
    references.addAll(info.replaces());
    for (String reference : references) {
      if (!isRevisionId(reference)) {
        error(element, className + ": '" + reference + "' in revises or dependsOn is not a revision id (12"
            + " lowercase hexadecimal characters)");
        valid = false;
      }
    }
    for (String label : info.branchLabels()) {
      String other = classByLabel.putIfAbsent(label, className);
      if (other != null && !other.equals(className)) {
        error(element, className + ": branch label '" + label + "' is already used by " + other);
        valid = false;
      } else if (isRevisionId(label) && classById.containsKey(label)) {
        error(element, className + ": branch label '" + label + "' is also a revision id");
        valid = false;
      }
    }
    return valid;
  }

  private static boolean isRevisionId(String id) {
    return id.matches("[0-9a-f]{12}");
  }

  /** The {@code @Revision} element values of {@code type}, defaults included, by element name. */
  private Map<String, Object> annotationValues(TypeElement type) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
            : processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
          values.put(value.getKey().getSimpleName().toString(), value.getValue().getValue());
        }
      }
    }
    return values;
  }

  // an array element value is a list of annotation values; javac gives a single value written without braces as one
  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        strings.add(String.valueOf(((AnnotationValue) element).getValue()));
      }
    } else if (value != null) {
      strings.add(String.valueOf(value));
    }
    return strings;
  }

  /**
   * The SHA-256 of the source file's bytes, as {@code autogen} computes it for a file it compiles itself; {@code null}
   * when the compiler does not tell where the source is (then the application records no file checksum).
   */
  private String sourceChecksum(TypeElement type) {
    String fromTree = SourceFiles.checksumOf(processingEnv, type);
    if (fromTree != null) {
      return fromTree;
    }
    Element outermost = type;
    while (outermost.getEnclosingElement() != null
        && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      outermost = outermost.getEnclosingElement();
    }
    String packageName = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    String fileName = outermost.getSimpleName() + ".java";
    try {
      FileObject source = processingEnv.getFiler().getResource(StandardLocation.SOURCE_PATH, packageName, fileName);
      try (InputStream in = source.openInputStream()) {
        return hex(sha256().digest(in.readAllBytes()));
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private void write() {
    List<RevisionIndex.Entry> entries = new ArrayList<>(byClass.values());
    entries.addAll(keptFromEarlierCompile());
    try {
      FileObject index = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          RevisionIndex.RESOURCE);
      try (Writer out = index.openWriter()) {
        out.write(RevisionIndex.format(entries));
      }
    } catch (IOException | RuntimeException e) {
      // a compiler without a class output on disk (one held in memory by a tool) has no jar to carry an index
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "cannot write " + RevisionIndex.RESOURCE + " (" + e + "); the application will not find these revisions");
    }
  }

  /**
   * An incremental compile (an IDE's, or a build that recompiles only changed files) sees only some revisions: the
   * entries an earlier compile wrote stay for the classes that still exist as {@code @Revision} classes and were not
   * compiled again now, so the index never loses revisions that were not touched.
   */
  private List<RevisionIndex.Entry> keptFromEarlierCompile() {
    List<RevisionIndex.Entry> kept = new ArrayList<>();
    try {
      FileObject earlier = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "",
          RevisionIndex.RESOURCE);
      try (InputStream in = earlier.openInputStream()) {
        for (RevisionIndex.Entry entry : RevisionIndex.parse(in, RevisionIndex.RESOURCE)) {
          if (!byClass.containsKey(entry.className()) && !classById.containsKey(entry.revisionId())
              && stillARevision(entry.className())) {
            kept.add(entry);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // no earlier index (a clean build), or one that cannot be read: this compile's revisions are all there is
    }
    return kept;
  }

  private boolean stillARevision(String className) {
    TypeElement type = processingEnv.getElementUtils().getTypeElement(className.replace('$', '.'));
    if (type == null) {
      return false;
    }
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(REVISION)) {
        return true;
      }
    }
    return false;
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
