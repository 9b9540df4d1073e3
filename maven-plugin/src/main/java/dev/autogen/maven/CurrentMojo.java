package dev.autogen.maven;

import dev.autogen.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Prints the revision(s) the database is at ({@code autogen current}). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CurrentMojo extends AbstractAutogenMojo {

  @Parameter(property = "autogen.verbose", defaultValue = "false")
  boolean verbose;

  /** Fail unless the database is at every head. */
  @Parameter(property = "autogen.checkHeads", defaultValue = "false")
  boolean checkHeads;

  @Override
  void run(Project autogen) {
    if (checkHeads) {
      autogen.checkHeads();
    }
    autogen.current(verbose).forEach(getLog()::info);
  }
}
