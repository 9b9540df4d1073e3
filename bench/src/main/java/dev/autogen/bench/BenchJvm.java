package dev.autogen.bench;

import java.util.ArrayList;
import java.util.List;

/** Command lines for the contenders that run in JVMs of their own, started like the autogen launcher starts its. */
final class BenchJvm {

  private BenchJvm() {
  }

  /** This JVM's java, the launcher's options (-Xshare:auto -XX:TieredStopAtLevel=1), then {@code options}. */
  static List<String> command(Class<?> main, List<String> options, String... args) {
    return command(main, options, List.of(), args);
  }

  /** As above, with {@code classpath} entries after this JVM's class path. */
  static List<String> command(Class<?> main, List<String> options, List<String> classpath, String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
    command.addAll(options);
    List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path")));
    entries.addAll(classpath);
    command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, entries), main.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
