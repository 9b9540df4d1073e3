package dev.autogen.script;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.autogen.runtime.RevisionInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * Reads each migration's {@code @Revision} from its source by parsing alone, without compiling: what
 * {@code history}, {@code heads}, {@code current} and {@code revision} need, at a fraction of a compilation's cost.
 * The annotation's members must be literals (as generated files have them).
 */
public final class RevisionHeaderReader {

  public List<RevisionInfo> read(List<Path> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    try (InProcessJavac javac = new InProcessJavac("reading migrations")) {
      InProcessJavac.Units units = javac.units(sources);
      DiagnosticCollector<JavaFileObject> diagnostics = javac.diagnostics();
      JavacTask task = (JavacTask) javac.compiler().getTask(null, javac.files(), diagnostics, List.of("-proc:none"),
          null, units.units());
      List<RevisionInfo> revisions = new ArrayList<>();
      RevisionChecks checks = new RevisionChecks();
      List<CompilationUnitTree> parsed = new ArrayList<>();
      task.parse().forEach(parsed::add);
      failOnSyntaxErrors(diagnostics, units);
      for (CompilationUnitTree unit : parsed) {
        Path source = units.pathOf(unit.getSourceFile().toUri());
        RevisionInfo info = revisionOf(unit, source, Trees.instance(task));
        checks.unique(source, info.id());
        revisions.add(info);
      }
      return revisions;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration sources", e);
    }
  }

  private static RevisionInfo revisionOf(CompilationUnitTree unit, Path source, Trees trees) {
    List<AnnotationTree> found = new ArrayList<>();
    for (Tree type : unit.getTypeDecls()) {
      if (type instanceof ClassTree declaration) {
        for (AnnotationTree annotation : declaration.getModifiers().getAnnotations()) {
          String name = annotation.getAnnotationType().toString();
          if (name.equals("Revision") || name.endsWith(".Revision")) {
            found.add(annotation);
          }
        }
      }
    }
    if (found.size() != 1) {
      throw new ScriptException(source + ": " + (found.isEmpty() ? "no class annotated @Revision"
          : "several classes annotated @Revision; declare one revision per file"));
    }
    Map<String, List<String>> members = new HashMap<>();
    boolean transactional = true;
    for (ExpressionTree argument : found.get(0).getArguments()) {
      if (argument instanceof AssignmentTree assignment && assignment.getVariable() instanceof IdentifierTree name) {
        if (name.getName().contentEquals("transactional")) {
          transactional = booleanLiteral(assignment.getExpression(), source, unit, trees);
        } else {
          members.put(name.getName().toString(), literals(assignment.getExpression(), source, unit, trees));
        }
      }
    }
    String id = single(members, "id", source);
    List<String> parents = members.getOrDefault("revises", List.of());
    List<String> dependsOn = members.getOrDefault("dependsOn", List.of());
    List<String> replaces = members.getOrDefault("replaces", List.of());
    RevisionChecks.wellFormed(source, id, parents, dependsOn, replaces);
    return new RevisionInfo(id, parents, single(members, "message", source), single(members, "created", source), source,
        members.getOrDefault("branchLabels", List.of()), dependsOn, transactional, replaces);
  }

  private static boolean booleanLiteral(ExpressionTree expression, Path source, CompilationUnitTree unit, Trees trees) {
    if (expression instanceof LiteralTree literal && literal.getValue() instanceof Boolean value) {
      return value;
    }
    throw new ScriptException(source + ":" + line(expression, unit, trees)
        + ": @Revision transactional must be the literal true or false, not '" + expression + "'");
  }

  private static List<String> literals(ExpressionTree expression, Path source, CompilationUnitTree unit, Trees trees) {
    if (expression instanceof LiteralTree literal && literal.getValue() instanceof String value) {
      return List.of(value);
    }
    if (expression instanceof NewArrayTree array && array.getInitializers() != null) {
      List<String> values = new ArrayList<>();
      for (ExpressionTree element : array.getInitializers()) {
        values.addAll(literals(element, source, unit, trees));
      }
      return values;
    }
    throw new ScriptException(source + ":" + line(expression, unit, trees)
        + ": @Revision members must be string literals, not '" + expression + "'");
  }

  private static long line(ExpressionTree expression, CompilationUnitTree unit, Trees trees) {
    return unit.getLineMap().getLineNumber(trees.getSourcePositions().getStartPosition(unit, expression));
  }

  private static String single(Map<String, List<String>> members, String name, Path source) {
    List<String> values = members.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() > 1) {
      throw new ScriptException(source + ": @Revision " + name + " takes one value, not " + values);
    }
    return values.get(0);
  }

  private static void failOnSyntaxErrors(DiagnosticCollector<JavaFileObject> diagnostics, InProcessJavac.Units units) {
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String where = units.where(d);
        throw new MigrationCompileException(where + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
      }
    }
  }
}
