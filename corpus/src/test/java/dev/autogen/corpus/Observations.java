package dev.autogen.corpus;

import java.util.ArrayList;
import java.util.List;

/** What a protocol observed, in order; a step that throws is recorded as {@code <step> failed: <message>}. */
final class Observations {

  private final List<String> observed = new ArrayList<>();

  void add(String observation) {
    observed.add(observation);
  }

  /** Runs one step; a failure is recorded and reported, so that the steps depending on it are left out. */
  boolean step(String name, Step step) {
    try {
      step.run();
      return true;
    } catch (Exception | AssertionError e) {
      observed.add(name + " failed: " + firstLine(e));
      return false;
    }
  }

  List<String> list() {
    return List.copyOf(observed);
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
  }

  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }
}
