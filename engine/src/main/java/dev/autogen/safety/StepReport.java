package dev.autogen.safety;

import dev.autogen.dialect.LockFacts;
import java.util.List;

/**
 * One step of a linted revision: what it does and what it costs, measured on a scratch database or taken from the
 * dialect's static table ({@code measured} says which).
 *
 * @param statements each statement as measured; empty when nothing was
 */
public record StepReport(int number, String description, LockFacts facts, boolean measured,
    List<MeasuredStatement> statements) {

  public StepReport {
    statements = List.copyOf(statements);
  }
}
