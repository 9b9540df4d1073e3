package dev.autogen.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/** {@code upgrade} and {@code downgrade}: run revisions in graph order, each in its own transaction. */
final class Migrate {

  private final Project project;

  Migrate(Project project) {
    this.project = project;
  }

  void upgrade(String target, Consumer<String> out) {
    var runner = project.runner(out);
    try (Connection connection = project.connect()) {
      runner.upgrade(connection, target);
    } catch (SQLException e) {
      throw new AutogenException("upgrade to '" + target + "' failed: " + e.getMessage(), e);
    }
  }

  void downgrade(String target, Consumer<String> out) {
    var runner = project.runner(out);
    try (Connection connection = project.connect()) {
      runner.downgrade(connection, target);
    } catch (SQLException e) {
      throw new AutogenException("downgrade to '" + target + "' failed: " + e.getMessage(), e);
    }
  }
}
