package dev.autogen.render;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a method's steps into parts small enough to compile. The JVM refuses a method of more than 64 KB of
 * bytecode, and an initial revision of a few hundred tables writes more than that in one {@code upgrade()}.
 *
 * <p>A step's size is measured by its source text: a rendered call compiles to fewer bytes than it has characters
 * (a string literal of any length is one 3-byte {@code ldc}, a call 3 bytes plus its arguments), so a part of at most
 * {@link #BUDGET} characters stays well under the limit. Steps are kept whole and in order; a method whose steps fit
 * the budget stays one part, so an ordinary revision reads as before.
 */
final class MethodParts {

  /**
   * Characters of source per method: about 12 KB of bytecode for tables and indexes (0.4 bytes a character), and
   * under the 64 KB limit even in the densest case, a list of one-letter names at 1.5 bytes a character.
   */
  static final int BUDGET = 32_000;

  private MethodParts() {
  }

  /** The steps in consecutive parts, each within the budget unless a single step alone exceeds it. */
  static List<List<CodeBlock>> split(List<CodeBlock> steps) {
    return split(steps, BUDGET);
  }

  static List<List<CodeBlock>> split(List<CodeBlock> steps, int budget) {
    List<List<CodeBlock>> parts = new ArrayList<>();
    List<CodeBlock> part = new ArrayList<>();
    int size = 0;
    for (CodeBlock step : steps) {
      int stepSize = step.toString().length();
      if (!part.isEmpty() && size + stepSize > budget) {
        parts.add(List.copyOf(part));
        part.clear();
        size = 0;
      }
      part.add(step);
      size += stepSize;
    }
    parts.add(List.copyOf(part));
    return parts;
  }
}
