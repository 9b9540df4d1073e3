package dev.autogen.maven;

import dev.autogen.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints every revision, newest first ({@code autogen history}). */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HistoryMojo extends AbstractAutogenMojo {

  @Parameter(property = "autogen.verbose", defaultValue = "false")
  boolean verbose;

  /** {@code FROM:TO}, either side may be left out. */
  @Parameter(property = "autogen.range")
  String range;

  /** Mark the database's revisions {@code (current)}. */
  @Parameter(property = "autogen.indicateCurrent", defaultValue = "false")
  boolean indicateCurrent;

  @Override
  void run(Project autogen) {
    autogen.history(range, verbose, indicateCurrent).forEach(getLog()::info);
  }
}
