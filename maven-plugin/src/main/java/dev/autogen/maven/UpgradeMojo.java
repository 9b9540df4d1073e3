package dev.autogen.maven;

import dev.autogen.command.Project;
import dev.autogen.runtime.ChangeAcceptance;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Upgrades the database to a later revision ({@code autogen upgrade}; {@code -Dautogen.target}, default head). */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class UpgradeMojo extends AbstractAutogenMojo {

  /** {@code head}, {@code heads}, {@code +N}, a revision id or a unique prefix of one. */
  @Parameter(property = "autogen.target", defaultValue = "head")
  String target;

  /** Applied revisions (ids or prefixes) to go on with although they changed since they ran. */
  @Parameter(property = "autogen.acceptChanged")
  List<String> acceptChanged;

  @Parameter(property = "autogen.acceptAllChanges", defaultValue = "false")
  boolean acceptAllChanges;

  @Override
  void run(Project autogen) {
    ChangeAcceptance acceptance = new ChangeAcceptance(
        acceptChanged == null ? Set.of() : Set.copyOf(acceptChanged), acceptAllChanges);
    autogen.upgrade(target, acceptance, getLog()::info);
  }
}
