package dev.autogen.maven;

import dev.autogen.command.Project;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts revisions down to {@code -Dautogen.target} ({@code -1}, {@code base}, a revision id...). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DowngradeMojo extends AbstractAutogenMojo {

  @Parameter(property = "autogen.target", required = true)
  String target;

  @Override
  void run(Project autogen) {
    autogen.downgrade(target, getLog()::info);
  }
}
