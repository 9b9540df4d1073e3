package dev.autogen.maven;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/** Where a Maven project's entities and what they need are: its classes, then its compile and runtime dependencies. */
final class MavenProjectClasspath {

  private MavenProjectClasspath() {
  }

  static List<Path> of(MavenProject project) throws DependencyResolutionRequiredException {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(project.getBuild().getOutputDirectory());
    entries.addAll(project.getCompileClasspathElements());
    entries.addAll(project.getRuntimeClasspathElements());
    return entries.stream().map(Path::of).filter(path -> path.toFile().exists()).toList();
  }
}
