package dev.autogen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes {@code System.exit} called by migration code a failure. Java cannot refuse an exit, but its shutdown hooks
 * run first: while a command runs, the hook prints one {@code ERROR:} line naming the step in progress and halts
 * with status 1, which wins over the status the migration passed. The step's transaction was never committed, and
 * the server rolls it back when the connection drops.
 *
 * <p>Installed by {@link AutogenCli#main} only: a program that calls {@link AutogenCli#run} owns its JVM's exits.
 */
final class ExitGuard {

  private static final Object LOCK = new Object();
  private static final List<AutoCloseable> RESOURCES = new ArrayList<>();
  private static boolean installed;
  private static PrintWriter err;
  private static String command;
  private static String step;

  private ExitGuard() {
  }

  /** Arms the guard for this JVM. */
  static void install() {
    synchronized (LOCK) {
      if (!installed) {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::onExit, "autogen-exit-guard"));
        installed = true;
      }
    }
  }

  /** A command starts: an exit from now on is not autogen's own, and is reported on {@code errorStream}. */
  static void commandStarted(String commandLine, PrintWriter errorStream) {
    synchronized (LOCK) {
      command = commandLine;
      err = errorStream;
      step = null;
      RESOURCES.clear();
    }
  }

  /** The command is done: the exit that follows carries its status. */
  static void commandEnded() {
    synchronized (LOCK) {
      command = null;
      step = null;
      RESOURCES.clear();
    }
  }

  /**
   * Closes {@code resource} (the command's project, and with it an embedded PostgreSQL) before the halt, which
   * would otherwise cut short the hooks that stop it.
   */
  static void closeOnExit(AutoCloseable resource) {
    synchronized (LOCK) {
      RESOURCES.add(resource);
    }
  }

  /** {@code out}, also noting each step line ({@code Running upgrade a -> b, ...}) as the step in progress. */
  static Consumer<String> trackingSteps(Consumer<String> out) {
    return line -> {
      synchronized (LOCK) {
        step = line;
      }
      out.accept(line);
    };
  }

  private static void onExit() {
    String running;
    PrintWriter stream;
    List<AutoCloseable> open;
    synchronized (LOCK) {
      if (!installed || command == null) {
        return;
      }
      running = step != null ? "'" + step + "'" : "'" + command + "'";
      stream = err;
      open = List.copyOf(RESOURCES);
    }
    stream.println(("ERROR: migration code called System.exit during " + running + "; a migration must not end the"
        + " process: autogen stopped, and the step's transaction was not committed").replaceAll("\\R", " "));
    stream.flush();
    for (AutoCloseable resource : open) {
      try {
        resource.close();
      } catch (Exception | Error ignored) {
        // the failure is reported already; closing is a courtesy to the next run
      }
    }
    Runtime.getRuntime().halt(1);
  }
}
