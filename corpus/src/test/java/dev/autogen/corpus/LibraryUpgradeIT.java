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
            appendedColumns("event_publication",
                List.of("completion_date", "publication_date", "id", "event_type", "listener_id", "serialized_event",
                    "completion_attempts", "last_resubmission_date", "status"),
                List.of("completion_attempts", "completion_date", "last_resubmission_date", "publication_date", "id",
                    "event_type", "listener_id", "serialized_event", "status")),
            appendedColumns("event_publication_archive",
                List.of("completion_date", "publication_date", "id", "event_type", "listener_id", "serialized_event",
                    "completion_attempts", "last_resubmission_date", "status"),
                List.of("completion_attempts", "completion_date", "last_resubmission_date", "publication_date", "id",
                    "event_type", "listener_id", "serialized_event", "status")))),
        // new tables (organizations, revoked tokens, server configuration, workflows), new columns, new indexes;
        // identity providers and their mappers keep their realm as a plain REALM_ID string (varchar(255)) instead
        // of a many-to-one (varchar(36), with a foreign key)
        new LibraryUpgrade(CorpusModels.keycloak(), "keycloak-model-jpa-25.0.6.jar", List.of(
            adminEventEntity(List.of("admin_event_time", "id", "resource_type", "auth_client_id", "auth_realm_id",
                "auth_user_id", "error", "ip_address", "operation_type", "realm_id", "representation",
                "resource_path", "details_json")),
            credential(),
            identityProvider(),
            identityProviderMapper(),
            keycloakGroup(),
            appendedColumns("org",
                List.of("enabled", "id", "description", "group_id", "name", "realm_id", "alias", "redirect_url"),
                List.of("enabled", "id", "alias", "description", "group_id", "name", "realm_id", "redirect_url")))),
        // the same, and longer attribute values (hashed), event details and session versions since 22; the admin
        // event's representation loses its length (25500)
        new LibraryUpgrade(CorpusModels.keycloak(), "keycloak-model-jpa-22.0.5.jar", List.of(
            columnOrder("admin_event_entity",
                List.of("admin_event_time", "id", "resource_type", "representation", "auth_client_id",
                    "auth_realm_id", "auth_user_id", "error", "ip_address", "operation_type", "realm_id",
                    "resource_path", "details_json"),
                ADMIN_EVENT_ENTITY, APPENDED + "; " + RETYPED_IN_PLACE),
            credential(),
            appendedColumns("event_entity",
                List.of("event_time", "id", "details_json", "client_id", "error", "ip_address", "realm_id",
                    "session_id", "type", "user_id", "details_json_long_value"),
                List.of("event_time", "id", "details_json", "client_id", "details_json_long_value", "error",
                    "ip_address", "realm_id", "session_id", "type", "user_id")),
            appendedColumns("fed_user_attribute",
                List.of("id", "name", "realm_id", "storage_provider_id", "user_id", "value", "long_value",
                    "long_value_hash", "long_value_hash_lower_case"),
                List.of("id", "long_value", "name", "realm_id", "storage_provider_id", "user_id", "value",
                    "long_value_hash", "long_value_hash_lower_case")),
            identityProvider(),
            identityProviderMapper(),
            keycloakGroup(),
            appendedColumns("offline_client_session",
                List.of("timestamp", "client_id", "client_storage_provider", "user_session_id", "data",
                    "external_client_id", "offline_flag", "version"),
                List.of("timestamp", "version", "client_id", "client_storage_provider", "user_session_id", "data",
                    "external_client_id", "offline_flag")),
            appendedColumns("offline_user_session",
                List.of("created_on", "last_session_refresh", "realm_id", "user_session_id", "data", "offline_flag",
                    "user_id", "broker_session_id", "version"),
                List.of("created_on", "last_session_refresh", "version", "realm_id", "user_session_id",
                    "broker_session_id", "data", "offline_flag", "user_id")),
            appendedColumns("user_attribute",
                List.of("id", "user_id", "name", "value", "long_value", "long_value_hash",
                    "long_value_hash_lower_case"),
                List.of("id", "user_id", "long_value", "name", "value", "long_value_hash",
                    "long_value_hash_lower_case")))));
  }

  /** Accepted for good: PostgreSQL appends a column {@code ADD COLUMN} adds. */
  private static final String APPENDED = "accepted: PostgreSQL appends added columns, while Hibernate's export"
      + " creates the table with its columns in Hibernate's order; rewriting the table to reorder them would cost a"
      + " lock and a copy for nothing a query sees";

  /** Accepted for good: a column whose type changes keeps its place, which Hibernate's order gives by type. */
  private static final String RETYPED_IN_PLACE = "accepted: ALTER COLUMN ... TYPE keeps the column where it was,"
      + " while Hibernate's export orders a table's columns by their type (fixed sizes, then lengths, then names)";

  private static final List<String> ADMIN_EVENT_ENTITY = List.of("admin_event_time", "id", "resource_type",
      "auth_client_id", "auth_realm_id", "auth_user_id", "details_json", "error", "ip_address", "operation_type",
      "realm_id", "representation", "resource_path");

  private static KnownDifference adminEventEntity(List<String> ours) {
    return appendedColumns("admin_event_entity", ours, ADMIN_EVENT_ENTITY);
  }

  private static KnownDifference credential() {
    return appendedColumns("credential",
        List.of("priority", "created_date", "id", "user_id", "credential_data", "secret_data", "type", "user_label",
            "salt", "version"),
        List.of("priority", "version", "created_date", "id", "user_id", "credential_data", "secret_data", "type",
            "user_label", "salt"));
  }

  /** Organizations add two columns; the realm, now a longer string, stays where the foreign key column was. */
  private static KnownDifference identityProvider() {
    return columnOrder("identity_provider",
        List.of("add_token_role", "authenticate_by_default", "enabled", "link_only", "store_token", "trust_email",
            "internal_id", "realm_id", "first_broker_login_flow_id", "post_broker_login_flow_id", "provider_alias",
            "provider_display_name", "provider_id", "hide_on_login", "organization_id"),
        List.of("add_token_role", "authenticate_by_default", "enabled", "hide_on_login", "link_only", "store_token",
            "trust_email", "internal_id", "first_broker_login_flow_id", "organization_id",
            "post_broker_login_flow_id", "provider_alias", "provider_display_name", "provider_id", "realm_id"),
        APPENDED + "; " + RETYPED_IN_PLACE);
  }

  private static KnownDifference identityProviderMapper() {
    return columnOrder("identity_provider_mapper", List.of("id", "realm_id", "idp_alias", "idp_mapper_name", "name"),
        List.of("id", "idp_alias", "idp_mapper_name", "name", "realm_id"), RETYPED_IN_PLACE);
  }

  private static KnownDifference keycloakGroup() {
    return appendedColumns("keycloak_group", List.of("id", "name", "parent_group", "realm_id", "description", "type"),
        List.of("type", "id", "description", "name", "parent_group", "realm_id"));
  }

  private static KnownDifference appendedColumns(String table, List<String> ours, List<String> hibernates) {
    return columnOrder(table, ours, hibernates, APPENDED);
  }

  private static KnownDifference columnOrder(String table, List<String> ours, List<String> hibernates,
      String reason) {
    return new KnownDifference("parity: table " + table + " column order: ours " + ours + ", Hibernate's "
        + hibernates, reason);
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
