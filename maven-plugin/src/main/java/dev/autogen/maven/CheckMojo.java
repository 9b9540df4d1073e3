package dev.autogen.maven;

import dev.autogen.command.CheckResult;
import dev.autogen.command.Project;
import dev.autogen.runtime.TerminalText;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when a new revision would not be empty ({@code autogen check}): the entities and the database,
 * migrated by the revisions, have drifted apart. Bound to {@code verify} by default once declared in an execution.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class CheckMojo extends AbstractAutogenMojo {

  @Override
  void run(Project autogen) throws MojoFailureException {
    CheckResult result = autogen.check(getLog()::info);
    if (result.differences().isEmpty()) {
      getLog().info("No new upgrade operations detected.");
      return;
    }
    getLog().error("New upgrade operations detected:");
    result.differences().forEach(difference -> getLog().error("  " + TerminalText.line(difference)));
    throw new MojoFailureException("the entities and the migrations differ (" + result.differences().size()
        + " new upgrade operation" + (result.differences().size() == 1 ? "" : "s")
        + "); write a revision with mvn autogen:revision -Dautogen.message=\"...\"");
  }
}
