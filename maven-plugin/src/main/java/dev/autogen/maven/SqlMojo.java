package dev.autogen.maven;

import dev.autogen.command.Project;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the SQL an upgrade would run, running none of it ({@code autogen upgrade --sql}); {@code -Dautogen.target}
 * may be a range such as {@code base:head}, which needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class SqlMojo extends AbstractAutogenMojo {

  @Parameter(property = "autogen.target", defaultValue = "head")
  String target;

  /** Write the script to this file instead of the build log. */
  @Parameter(property = "autogen.sqlFile")
  File sqlFile;

  @Override
  void run(Project autogen) throws MojoFailureException {
    List<String> lines = new ArrayList<>();
    autogen.upgradeSql(target, lines::add);
    if (sqlFile == null) {
      lines.forEach(getLog()::info);
      return;
    }
    try {
      File directory = sqlFile.getAbsoluteFile().getParentFile();
      Files.createDirectories(directory.toPath());
      Files.write(sqlFile.toPath(), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoFailureException("cannot write " + sqlFile + ": " + e.getMessage(), e);
    }
    getLog().info("Wrote " + sqlFile);
  }
}
