package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.script.MigrationLoader;
import dev.autogen.script.MigrationSources;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Java API: results returned, nothing printed, the reporter given the lines the command line prints. */
@ExtendWith(PostgresDatabaseExtension.class)
class AutogenApiIT {

  private static final String CREATE = "a91c0e5d22f0";
  private static final String ADD = "3f2a9c41b7de";

  @TempDir
  Path location;

  private MigrationSources sources;
  private final List<String> report = new ArrayList<>();

  @BeforeEach
  void writeMigrations() throws Exception {
    sources = new MigrationSources(location);
    sources.write(CREATE, null, "create account", "op.createTable(\"account\", column(\"id\", bigint()).notNull());",
        "op.dropTable(\"account\");");
    sources.write(ADD, CREATE, "add name", "op.addColumn(\"account\", column(\"name\", text()));",
        "op.dropColumn(\"account\", \"name\");");
  }

  private Autogen autogen(TestDatabase db) {
    return Autogen.configure()
        .connections(db::connect)
        .revisions(new MigrationLoader().load(new ScriptDirectory(location).sources()))
        .versionTable("app_version")
        .reporter(report::add)
        .load();
  }

  @Test
  void upgradeDowngradeCurrentPendingAndHistoryReturnWhatHappened(TestDatabase db) {
    Autogen autogen = autogen(db);
    assertThat(autogen.current()).isEmpty();
    assertThat(autogen.pending()).extracting(RevisionInfo::id).containsExactly(CREATE, ADD);

    assertThat(autogen.upgrade(CREATE).headsAfter()).containsExactly(CREATE);
    MigrationResult upgrade = autogen.upgrade("head");
    assertThat(upgrade.headsBefore()).containsExactly(CREATE);
    assertThat(upgrade.headsAfter()).containsExactly(ADD);
    assertThat(upgrade.steps()).extracting(step -> step.revision().id()).containsExactly(ADD);
    assertThat(autogen.upgrade("head").changedSomething()).isFalse();
    assertThat(autogen.current()).containsExactly(ADD);
    assertThat(autogen.pending()).isEmpty();

    MigrationResult downgrade = autogen.downgrade("base");
    assertThat(downgrade.steps()).extracting(step -> step.direction().toString() + " " + step.revision().id())
        .containsExactly("DOWNGRADE " + ADD, "DOWNGRADE " + CREATE);
    assertThat(downgrade.headsAfter()).isEmpty();
    assertThat(autogen.history()).extracting(entry -> entry.action() + " " + entry.revision()).containsExactly(
        "UPGRADE " + CREATE, "UPGRADE " + ADD, "DOWNGRADE " + ADD, "DOWNGRADE " + CREATE);
    assertThat(report).containsExactly(
        "Running upgrade  -> a91c0e5d22f0, create account",
        "Running upgrade a91c0e5d22f0 -> 3f2a9c41b7de, add name",
        "Running downgrade 3f2a9c41b7de -> a91c0e5d22f0, add name",
        "Running downgrade a91c0e5d22f0 -> , create account");
  }

  @Test
  void validateNamesAnAppliedRevisionChangedSinceAndUpgradeStops(TestDatabase db) throws Exception {
    autogen(db).upgrade("head");
    assertThat(autogen(db).validate().isValid()).isTrue();

    sources.write(ADD, CREATE, "add name", "op.addColumn(\"account\", column(\"name\", varchar(20)));",
        "op.dropColumn(\"account\", \"name\");");

    Autogen changed = autogen(db);
    assertThat(changed.validate().changed()).extracting(change -> change.revision().id()).containsExactly(ADD);
    assertThatThrownBy(() -> changed.upgrade("head")).isInstanceOf(ChangedMigrationException.class)
        .hasMessageContaining("Revision " + ADD + " (");
  }

  @Test
  void aLocationOutsideTheClassPathIsRefusedWithWhatToDoInstead() {
    assertThatThrownBy(() -> Autogen.configure().locations("filesystem:migrations/versions"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Location 'filesystem:migrations/versions': only classpath: locations hold compiled revisions;"
            + " the autogen command line compiles revisions from source directories");
    assertThatThrownBy(() -> Autogen.configure().load())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Autogen.configure() needs a dataSource(...) or connections(...)");
  }
}
