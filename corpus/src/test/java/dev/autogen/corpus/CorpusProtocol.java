package dev.autogen.corpus;

import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The whole workflow on one model, recording what differs from the expected outcome instead of stopping at the
 * first assertion, so that a model's known differences can be listed and checked as a whole:
 *
 * <ol>
 *   <li>autogenerate a revision from an empty database, and upgrade to it: it creates every table the entities
 *       map;</li>
 *   <li>{@code check} finds nothing ({@code check after upgrade: ...} otherwise);</li>
 *   <li>the catalog equals the one Hibernate's own export builds in another empty database with the same settings
 *       ({@code parity: ...} otherwise, see {@link CatalogComparison});</li>
 *   <li>the script {@code upgrade base:head --sql} prints, run on a third empty database, builds the same catalog
 *       ({@code offline script: ...} otherwise);</li>
 *   <li>{@code downgrade base} leaves no table ({@code after downgrade base: ...} otherwise);</li>
 *   <li>upgrade again, and {@code check} finds nothing ({@code check after second upgrade: ...} otherwise).</li>
 * </ol>
 *
 * A step that throws is recorded as {@code <step> failed: <message>}, and the steps that need it are left out.
 */
final class CorpusProtocol {

  private final Observations observations = new Observations();
  private SchemaModel entityModel;

  /**
   * Runs the protocol: {@code migrated} is the database autogen works on, {@code exported} Hibernate's,
   * {@code scripted} the one the offline script runs on.
   */
  static CorpusProtocol run(CorpusModel model, Path directory, TestDatabase migrated, TestDatabase exported,
      TestDatabase scripted) {
    CorpusProtocol protocol = new CorpusProtocol();
    protocol.runSteps(new CorpusProject(model, directory, migrated), migrated, exported, scripted);
    return protocol;
  }

  List<String> observations() {
    return observations.list();
  }

  /** How many tables the entities map, as autogen's entity reader sees them; 0 if it failed. */
  int entityTables() {
    return entityModel == null ? 0 : entityModel.tables().size();
  }

  private void runSteps(CorpusProject project, TestDatabase migrated, TestDatabase exported,
      TestDatabase scripted) {
    if (!step("read entities", () -> entityModel = project.entityModel())
        || !step("revision", () -> project.revision("a1b2c3d4e5f6", "create schema"))
        || !step("upgrade", () -> project.upgrade("head"))) {
      return;
    }
    step("count tables", () -> {
      int created = CorpusProject.introspect(migrated, entityModel).schema().tables().size();
      if (created != entityTables()) {
        observations.add("upgrade created " + created + " tables, the entities map " + entityTables());
      }
    });
    checkFindsNothing("check after upgrade", project);
    step("parity", () -> parity(project, migrated, exported));
    step("offline script", () -> offlineScript(project, migrated, scripted));
    if (!step("downgrade base", () -> project.downgrade("base"))) {
      return;
    }
    step("after downgrade base", () -> {
      for (TableModel left : CorpusProject.introspect(migrated, entityModel).schema().tables()) {
        observations.add("after downgrade base: table " + left.name() + " left");
      }
    });
    if (step("second upgrade", () -> project.upgrade("head"))) {
      checkFindsNothing("check after second upgrade", project);
    }
  }

  private void checkFindsNothing(String stepName, CorpusProject project) {
    step(stepName, () -> project.check().forEach(difference -> observations.add(stepName + ": " + difference)));
  }

  private void parity(CorpusProject project, TestDatabase migrated, TestDatabase exported) throws SQLException {
    try (ScannedEntities entities = project.scan()) {
      HibernateExport.create(entities, exported, project.model.settings());
    }
    IntrospectionResult ours = CorpusProject.introspect(migrated, entityModel);
    IntrospectionResult hibernates = CorpusProject.introspect(exported, entityModel);
    CatalogComparison.differences(ours, hibernates).forEach(difference -> observations.add("parity: " + difference));
  }

  private void offlineScript(CorpusProject project, TestDatabase migrated, TestDatabase scripted)
      throws SQLException {
    try (Connection connection = scripted.connect(); Statement statement = connection.createStatement()) {
      statement.execute(project.upgradeScript());
    }
    CatalogComparison.differences(CorpusProject.introspect(scripted, entityModel),
            CorpusProject.introspect(migrated, entityModel), "online")
        .forEach(difference -> observations.add("offline script: " + difference));
  }

  private boolean step(String name, Observations.Step step) {
    return observations.step(name, step);
  }
}
