package dev.autogen.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.jpa.ScannedEntities;
import dev.autogen.testing.HibernateExport;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and column definitions, with parity against Hibernate's own export (booted on the connection, as the
 * application is).
 *
 * <p>Bug: under {@code hibernate.auto_quote_keyword} the running application (connected, so it knows the driver's
 * keywords) quotes {@code VERSION} and {@code OWNER} and expects columns of exactly that name; autogen booted
 * without a connection, left them unquoted, and the migration created {@code version}. The schema the migration
 * builds must be the one Hibernate's connected export builds.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class IdentifierParityIT {

  /**
   * Bugs: a {@code columnDefinition} holding a default, {@code not null}, {@code unique} or a check was taken as the
   * type; names over 63 bytes (table, column, CJK column, index, constraints, sequence) were compared as written,
   * not as PostgreSQL stores them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"definitions", "longnames"})
  void migrationBuildsTheSchemaHibernateExports(String scenario, TestDatabase migrated, TestDatabase exported,
      @TempDir Path dir) throws Exception {
    SchemaModel target = FixtureProject.entityModel(scenario);
    FixtureProject project = new FixtureProject(scenario, dir, migrated);
    project.revision("a1b2c3d4e5f6", "create schema");
    project.upgrade("head");
    try (ScannedEntities entities = FixtureProject.scan(scenario)) {
      HibernateExport.create(entities, exported, FixtureProject.HIBERNATE_SETTINGS);
    }

    SchemaModel ours = FixtureProject.introspect(migrated, target);
    SchemaModel hibernates = FixtureProject.introspect(exported, target);

    assertThat(ours.tables()).isNotEmpty().containsExactlyElementsOf(hibernates.tables());
    assertThat(ours.sequences()).isEqualTo(hibernates.sequences());
  }


  @Test
  void migrationQuotesTheKeywordsAConnectedHibernateQuotes(TestDatabase migrated, TestDatabase exported,
      @TempDir Path dir) throws Exception {
    SchemaModel target = FixtureProject.entityModel("keywords");
    FixtureProject project = new FixtureProject("keywords", dir, migrated);
    project.revision("a1b2c3d4e5f6", "create schema");
    project.upgrade("head");
    try (ScannedEntities entities = FixtureProject.scan("keywords")) {
      HibernateExport.create(entities, exported, FixtureProject.HIBERNATE_SETTINGS);
    }

    SchemaModel ours = FixtureProject.introspect(migrated, target);
    SchemaModel hibernates = FixtureProject.introspect(exported, target);

    TableModel release = hibernates.tables().get(0);
    assertThat(release.columns()).extracting(ColumnModel::name).contains("VERSION", "OWNER", "USER", "comment");
    assertThat(ours.tables()).containsExactlyElementsOf(hibernates.tables());
  }
}
