package dev.autogen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corpus models across a release of their library (see {@link LibraryUpgradeProtocol}): the diff on real changes,
 * not only on a schema built from nothing. What it observes must be exactly the upgrade's known differences.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class LibraryUpgradeIT {

  static Stream<LibraryUpgrade> upgrades() {
    return Stream.of(
        // 2.0 adds the publication's status (with its check), completion attempts and last resubmission date, and
        // makes four columns NOT NULL
        new LibraryUpgrade(CorpusModels.springModulith(), "spring-modulith-events-jpa-1.4.4.jar", List.of(
            appendedColumns("event_publication", "[id, completion_date, event_type, listener_id, publication_date,"
                + " serialized_event, completion_attempts, last_resubmission_date, status]", "[id,"
                + " completion_attempts, completion_date, event_type, last_resubmission_date, listener_id,"
                + " publication_date, serialized_event, status]"),
            appendedColumns("event_publication_archive", "[id, completion_date, event_type, listener_id,"
                + " publication_date, serialized_event, completion_attempts, last_resubmission_date, status]", "[id,"
                + " completion_attempts, completion_date, event_type, last_resubmission_date, listener_id,"
                + " publication_date, serialized_event, status]"))),
        // new tables (organizations, revoked tokens, server configuration, workflows), new columns, new indexes.
        // Once the upper-case checks pass, expect only the appended column orders: of admin_event_entity,
        // credential, identity_provider, keycloak_group, org and user_group_membership from 25.0.6; the same and
        // event_entity, fed_user_attribute, offline_user_session and user_attribute from 22.0.5
        new LibraryUpgrade(CorpusModels.keycloak(), "keycloak-model-jpa-25.0.6.jar",
            List.of(CorpusModels.KEYCLOAK_UPPER_CASE_CHECK)),
        new LibraryUpgrade(CorpusModels.keycloak(), "keycloak-model-jpa-22.0.5.jar",
            List.of(CorpusModels.KEYCLOAK_UPPER_CASE_CHECK)));
  }

  /**
   * Accepted for good: PostgreSQL appends a column {@code ADD COLUMN} adds, while Hibernate's export creates the
   * table with its columns in Hibernate's order, so only a table created anew can match it.
   */
  private static KnownDifference appendedColumns(String table, String ours, String hibernates) {
    return new KnownDifference("parity: table " + table + " column order: ours " + ours + ", Hibernate's "
        + hibernates, "accepted: PostgreSQL appends added columns; rewriting the table to reorder them would cost"
        + " a lock and a copy for nothing a query sees");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("upgrades")
  void upgradingTheLibraryFindsOnlyItsKnownDifferences(LibraryUpgrade upgrade, TestDatabase migrated,
      TestDatabase exported, @TempDir Path dir) {
    assertThat(LibraryUpgradeProtocol.run(upgrade, dir, migrated, exported))
        .as("what the workflow observed upgrading %s, against its known differences", upgrade)
        .containsExactlyElementsOf(upgrade.knownObservations());
  }
}
