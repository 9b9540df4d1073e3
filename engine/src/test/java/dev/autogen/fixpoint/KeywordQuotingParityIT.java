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

/**
 * Bug: under {@code hibernate.auto_quote_keyword} the running application (connected, so it knows the driver's
 * keywords) quotes {@code VERSION} and {@code OWNER} and expects columns of exactly that name; autogen booted
 * without a connection, left them unquoted, and the migration created {@code version}. The schema the migration
 * builds must be the one Hibernate's connected export builds.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class KeywordQuotingParityIT {

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
