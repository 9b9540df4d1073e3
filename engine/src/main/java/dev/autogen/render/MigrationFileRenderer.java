package dev.autogen.render;

import static dev.autogen.render.JavaStringLiteral.literal;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.op.AddColumnOp;
import dev.autogen.op.AddEnumValueOp;
import dev.autogen.op.BackfillOp;
import dev.autogen.op.MigrationOp;
import dev.autogen.op.MigrationPlan;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.Dsl;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders a revision as the Java migration a reviewer reads in a pull request: a {@code Migration} (in the default
 * package, or the one the project keeps its revisions in) whose {@code upgrade} and {@code downgrade} are {@code op.xxx(...)} calls. The same source always gives
 * the same bytes. Steps too many for one method are written in private parts the public method calls in order
 * ({@link MethodParts}).
 */
public final class MigrationFileRenderer {

  private static final String INDENT = "  ";
  private static final String OP = "op";

  private final OpRenderer ops = new OpRenderer();

  /** A migration in the default package. */
  public RenderedMigration render(RevisionSource source) {
    return render(source, "");
  }

  /** A migration declaring {@code packageName} (empty: the default package), to compile with an application. */
  public RenderedMigration render(RevisionSource source, String packageName) {
    String className = MigrationClassName.of(source.id(), source.message());
    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addJavadoc("$L", MigrationJavadoc.of(source))
        .addAnnotation(revision(source))
        .addMethods(step("upgrade", source.plan().upgradeOps(), outsideTransactionReason(source.plan())))
        .addMethods(step("downgrade", source.plan().downgradeOps(), null))
        .build();
    JavaFile file = JavaFile.builder(packageName, type)
        // the ops are written with the Dsl's short names: column(...), varchar(255), CASCADE
        .addStaticImport(ClassName.get(Dsl.class), "*")
        .skipJavaLangImports(true)
        .indent(INDENT)
        .build();
    return new RenderedMigration(className + ".java", file.toString());
  }

  private static AnnotationSpec revision(RevisionSource source) {
    AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", literal(source.id()));
    addStrings(revision, "revises", source.revises());
    if (!source.message().isEmpty()) {
      revision.addMember("message", literal(source.message()));
    }
    revision.addMember("created", literal(iso8601(source.created())));
    addStrings(revision, "branchLabels", source.branchLabels());
    addStrings(revision, "dependsOn", source.dependsOn());
    addStrings(revision, "replaces", source.replaces());
    if (outsideTransactionReason(source.plan()) != null) {
      revision.addMember("transactional", "false");
    }
    return revision.build();
  }

  /**
   * Why the revision runs in autocommit mode, or {@code null} when it need not. A value added to an enum type cannot
   * be used in the transaction that added it (nor, before PostgreSQL 12, be added inside one at all), and a migration
   * adding one may use it in a default or a check. A safe form's steps ({@code CONCURRENTLY}, a validation after a
   * {@code NOT VALID} constraint) must not run in one transaction: {@code CONCURRENTLY} is refused in a transaction
   * block, and a validation in the transaction that added the constraint reads the table under that lock.
   */
  private static String outsideTransactionReason(MigrationPlan plan) {
    if (plan.upgradeOps().stream().anyMatch(op -> op instanceof AddEnumValueOp)) {
      return "PostgreSQL cannot use an enum value in the transaction that added it";
    }
    if (plan.upgradeOps().stream().anyMatch(SafeStep::needsOwnTransaction)) {
      return "each statement commits on its own: no lock is held through a build or a validation";
    }
    return null;
  }

  /** A String[] member: omitted when empty, a plain string for one value, an array on one line for several. */
  private static void addStrings(AnnotationSpec.Builder annotation, String member, List<String> values) {
    if (values.size() == 1) {
      annotation.addMember(member, literal(values.get(0)));
    } else if (values.size() > 1) {
      // one member on one line: JavaPoet would put each element of a repeated member on its own line
      annotation.addMember(member, "{$L}",
          values.stream().map(JavaStringLiteral::literal).collect(CodeBlock.joining(", ")));
    }
  }

  /** Whole seconds: the timestamp is for people, and finer digits would only be noise in the file. */
  private static String iso8601(Instant created) {
    return created.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /**
   * The public {@code upgrade} or {@code downgrade} with its steps, or, when they would not fit in one method (the
   * JVM refuses a method of more than 64 KB of bytecode: "code too large"), the public method calling its parts in
   * order, each a private method of consecutive steps.
   */
  private List<MethodSpec> step(String name, List<MigrationOp> steps, String outsideTransactionReason) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, OP); // the name every rendered call starts with
    if (outsideTransactionReason != null) {
      method.addComment("transactional = false: $L", outsideTransactionReason);
    }
    List<CodeBlock> rendered = steps.stream().map(op -> render(op, steps)).toList();
    List<List<CodeBlock>> parts = MethodParts.split(rendered);
    if (parts.size() == 1) {
      rendered.forEach(method::addCode);
      return List.of(method.build());
    }
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(method.build());
    for (int i = 0; i < parts.size(); i++) {
      String partName = name + "Part" + (i + 1);
      method.addStatement("$L($L)", partName, OP);
      MethodSpec.Builder part = MethodSpec.methodBuilder(partName)
          .addModifiers(Modifier.PRIVATE)
          .addParameter(Operations.class, OP);
      parts.get(i).forEach(part::addCode);
      methods.add(part.build());
    }
    methods.set(0, method.build());
    return methods;
  }

  /** One step as it reads in the file: its data-loss warning, its call, and where a backfill's data steps go. */
  private CodeBlock render(MigrationOp op, List<MigrationOp> steps) {
    CodeBlock.Builder code = CodeBlock.builder();
    op.dataLoss().ifPresent(loss -> code.add("// WARNING: $L\n", CommentText.lineComment(loss)));
    code.add(op.accept(ops));
    if (op instanceof AddColumnOp added && steps.contains(new BackfillOp(added.table(), added.column().name()))) {
      backfillHere(code, added);
    }
    return code.build();
  }

  /** Where the data steps of a backfill go: after the column is added, before it is proven {@code NOT NULL}. */
  private static void backfillHere(CodeBlock.Builder code, AddColumnOp added) {
    PostgresDialect dialect = new PostgresDialect();
    String column = dialect.quote(added.column().name());
    String example = "UPDATE " + dialect.qualify(added.table()) + " SET " + column + " = ? WHERE " + column
        + " IS NULL";
    code.add("// TODO backfill $L: give every existing row a value here (op.update, in batches on a large\n",
        CommentText.lineComment(added.table() + "." + added.column().name()));
    code.add("// table), e.g. $L\n", CommentText.lineComment(example));
  }
}
