package dev.autogen.maven;

import dev.autogen.command.Project;
import dev.autogen.command.VerifyRequest;
import dev.autogen.runtime.TerminalText;
import dev.autogen.verify.RevisionVerification;
import dev.autogen.verify.VerifyReport;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Proves revisions on a scratch database holding generated rows ({@code autogen verify}): upgrade, downgrade (the
 * schema and the rows must come back), upgrade again; fails the build at the first revision that fails.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class VerifyMojo extends AbstractAutogenMojo {

  /** A revision or {@code FROM:TO}; default: the revisions the database has not applied, else the heads. */
  @Parameter(property = "autogen.range")
  String range;

  /** The server to create the scratch database on (default: the project's own). */
  @Parameter(property = "autogen.scratchUrl")
  String scratchUrl;

  @Override
  void run(Project autogen) throws MojoFailureException {
    VerifyReport report = autogen.verify(new VerifyRequest(range, scratchUrl), this::log);
    if (report.revisions().isEmpty()) {
      getLog().info("No revisions to verify.");
    }
    if (!report.ok()) {
      RevisionVerification failed = report.revisions().get(report.revisions().size() - 1);
      throw new MojoFailureException("revision " + failed.id() + " failed verify at " + failed.failure().step());
    }
  }

  private void log(RevisionVerification result) {
    if (result.ok()) {
      getLog().info(TerminalText.line(result.line()));
    } else {
      getLog().error(TerminalText.line(result.line()));
    }
    result.notes().forEach(note -> getLog().warn(TerminalText.line("note: " + note)));
  }
}
