package dev.autogen.corpus;

import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;

/**
 * The workflow across a library upgrade, recording what differs from the expected outcome:
 *
 * <ol>
 *   <li>Hibernate's export of the earlier release builds the database (the schema the application has);</li>
 *   <li>autogenerate a revision for the current release, and upgrade to it;</li>
 *   <li>{@code check} finds nothing ({@code check after upgrade: ...} otherwise);</li>
 *   <li>the catalog equals the one Hibernate's export of the current release builds ({@code parity: ...});</li>
 *   <li>{@code downgrade base} gives back the earlier release's catalog ({@code after downgrade: ...});</li>
 *   <li>upgrade again, and {@code check} finds nothing ({@code check after second upgrade: ...}).</li>
 * </ol>
 */
final class LibraryUpgradeProtocol {

  private final Observations observations = new Observations();
  private SchemaModel current;
  private SchemaModel earlier;
  private IntrospectionResult before;

  static List<String> run(LibraryUpgrade upgrade, Path directory, TestDatabase migrated, TestDatabase exported) {
    LibraryUpgradeProtocol protocol = new LibraryUpgradeProtocol();
    protocol.runSteps(upgrade, new CorpusProject(upgrade.model(), directory, migrated), migrated, exported);
    return protocol.observations.list();
  }

  private void runSteps(LibraryUpgrade upgrade, CorpusProject project, TestDatabase migrated,
      TestDatabase exported) {
    CorpusModel model = upgrade.model();
    if (!observations.step("export the earlier release", () -> {
      try (ScannedEntities entities = EarlierVersion.load(EarlierVersion.jar(upgrade.earlierJar()),
          model.packages())) {
        HibernateExport.create(entities, migrated, model.settings());
      }
      current = project.entityModel();
      // read both releases' schemas, so that tables the current release no longer maps are read too
      before = CorpusProject.introspect(migrated, current);
      earlier = before.schema();
    })
        || !observations.step("revision", () -> project.revision("a1b2c3d4e5f6", "upgrade " + model))
        || !observations.step("upgrade", () -> project.upgrade("head"))) {
      return;
    }
    if (project.output.contains("No changes in schema detected.")) {
      // an earlier release that maps what the current one does tests nothing: pick another
      observations.add("revision detected no change between the releases");
    }
    checkFindsNothing("check after upgrade", project);
    observations.step("parity", () -> {
      try (ScannedEntities entities = project.scan()) {
        HibernateExport.create(entities, exported, model.settings());
      }
      compare("parity", CorpusProject.introspect(migrated, current), CorpusProject.introspect(exported, current));
    });
    if (!observations.step("downgrade base", () -> project.downgrade("base"))) {
      return;
    }
    observations.step("after downgrade", () -> compare("after downgrade",
        CorpusProject.introspect(migrated, earlier), before));
    if (observations.step("second upgrade", () -> project.upgrade("head"))) {
      checkFindsNothing("check after second upgrade", project);
    }
  }

  private void compare(String stepName, IntrospectionResult ours, IntrospectionResult expected) {
    CatalogComparison.differences(ours, expected).forEach(difference -> observations.add(stepName + ": "
        + difference));
  }

  private void checkFindsNothing(String stepName, CorpusProject project) {
    observations.step(stepName,
        () -> project.check().forEach(difference -> observations.add(stepName + ": " + difference)));
  }
}
