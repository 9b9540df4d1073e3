package dev.autogen.render;

import dev.autogen.op.MigrationOp;
import java.util.List;
import java.util.Locale;

/**
 * The class comment of a migration: the message as a sentence, then where it came from and what each upgrade op
 * does, so a reviewer sees the change before reading code.
 */
final class MigrationJavadoc {

  private MigrationJavadoc() {
  }

  static String of(RevisionSource source) {
    StringBuilder javadoc = new StringBuilder(sentence(source)).append('\n');
    List<MigrationOp> ops = source.plan().upgradeOps();
    if (source.origin() != null) {
      javadoc.append("\n<p>").append(CommentText.javadoc(source.origin())).append(ops.isEmpty() ? "." : ":").append('\n');
    } else if (!ops.isEmpty()) {
      javadoc.append('\n');
    }
    if (!ops.isEmpty()) {
      javadoc.append("<ul>\n");
      for (MigrationOp op : ops) {
        javadoc.append("  <li>").append(CommentText.javadoc(op.description())).append("</li>\n");
      }
      javadoc.append("</ul>\n");
    }
    return javadoc.toString();
  }

  private static String sentence(RevisionSource source) {
    String message = source.message().strip();
    if (message.isEmpty()) {
      return "Revision " + source.id() + ".";
    }
    String capitalised = message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    return CommentText.javadoc(capitalised.endsWith(".") ? capitalised : capitalised + ".");
  }
}
