package dev.autogen.maven;

import dev.autogen.command.DriftResult;
import dev.autogen.command.Project;
import dev.autogen.runtime.TerminalText;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the database was changed outside the migrations ({@code autogen drift}): it differs from
 * the schema the revisions its version table records build. Not bound to a phase: run it against a deployed
 * database ({@code mvn autogen:drift -Dautogen.url=...}).
 */
@Mojo(name = "drift", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DriftMojo extends AbstractAutogenMojo {

  @Override
  void run(Project autogen) throws MojoFailureException {
    DriftResult result = autogen.drift(getLog()::info);
    if (!result.drifted()) {
      getLog().info("No drift: the database is the schema its revisions build.");
      return;
    }
    getLog().error("Drift detected; operations that would bring the database back to its revisions' schema:");
    result.differences().forEach(difference -> getLog().error("  " + TerminalText.line(difference)));
    throw new MojoFailureException("the database was changed outside the migrations ("
        + result.differences().size() + " operation" + (result.differences().size() == 1 ? "" : "s")
        + " to undo it)");
  }
}
