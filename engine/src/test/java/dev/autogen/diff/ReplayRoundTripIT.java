package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.command.AutogenConfig;
import dev.autogen.command.RevisionReplay;
import dev.autogen.command.ShadowSchemas;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.introspect.ExpressionCanonicalizer;
import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.introspect.PostgresIntrospector;
import dev.autogen.op.MigrationPlan;
import dev.autogen.render.MigrationFileRenderer;
import dev.autogen.render.RenderedMigration;
import dev.autogen.render.RevisionSource;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ForeignKeyModel;
import dev.autogen.schema.IndexModel;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import dev.autogen.schema.UniqueConstraintModel;
import dev.autogen.script.MigrationLoader;
import dev.autogen.script.ScriptDirectory;
import dev.autogen.testing.OpRunner;
import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --offline}'s promise over random pairs of schemas A and B: the revisions base -> A -> B, rendered, compiled
 * and replayed without a database, build the schema the database holds after the same plans ran on it (the
 * replayed checks and defaults printed by PostgreSQL, since they are compared as written); so do the same revisions
 * upgraded on a shadow database. The diff finds nothing between any two of the three.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class ReplayRoundTripIT {

  private static final int PAIRS = Integer.getInteger("autogen.replay.pairs", 12);
  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

  private final PostgresIntrospector introspector = new PostgresIntrospector();
  private final IntrospectionFilter filter = new IntrospectionFilter(List.of("app"), List.of(), true);
  private final ExpressionCanonicalizer canonicalizer = new ExpressionCanonicalizer();

  @Test
  void replayedRevisionsBuildWhatTheDatabaseHolds(TestDatabase db, @TempDir Path directory) throws Exception {
    RandomSchemas schemas = RandomSchemas.forDatabase(new Random(20261206L));
    int replayedOps = 0;
    try (Connection connection = db.connect()) {
      for (int pair = 0; pair < PAIRS; pair++) {
        reset(connection);
        ScriptDirectory scripts = new ScriptDirectory(Files.createDirectories(directory.resolve("pair" + pair)));
        Files.createDirectories(scripts.versionsDirectory());
        String first = String.format("%012x", 2 * pair + 1);
        String second = String.format("%012x", 2 * pair + 2);

        MigrationPlan toA = SchemaDiff.compare(SchemaModel.EMPTY, schemas.next()).plan();
        OpRunner.run(connection, toA.upgradeOps());
        write(scripts, new RevisionSource(first, List.of(), "to a", CREATED, null, toA));
        SchemaModel atA = introspector.introspect(connection, filter);
        MigrationPlan toB = SchemaDiff.compare(atA, canonicalizer.canonicalize(connection, schemas.next())).plan();
        OpRunner.run(connection, toB.upgradeOps());
        write(scripts, new RevisionSource(second, List.of(first), "to b", CREATED, null, toB));
        replayedOps += toA.upgradeOps().size() + toB.upgradeOps().size();

        SchemaModel replayed = new RevisionReplay(new PostgresDialect())
            .schemaAtHeads(new MigrationLoader().load(scripts.sources()));
        SchemaModel introspected = introspector.introspect(connection, filter);
        SchemaModel shadow = ShadowSchemas.atHeads(
            AutogenConfig.builder(scripts.location().resolve("autogen.properties"), scripts.location()).build(),
            db, filter);
        String description = "pair " + pair + ": " + toA.upgradeOps() + " then " + toB.upgradeOps();
        SchemaModel canonical = canonicalizer.canonicalize(connection, replayed);
        assertSameSchema(canonical, introspected, "replay, " + description);
        assertSameSchema(shadow, introspected, "shadow, " + description);
        Map<String, SchemaModel> ways = new LinkedHashMap<>();
        ways.put("replay", canonical);
        ways.put("shadow", shadow);
        ways.put("live", introspected);
        ways.forEach((from, current) -> ways.forEach((to, target) -> assertThat(
            SchemaDiff.compare(current, target).plan().upgradeOps()).as("%s -> %s, %s", from, to, description)
            .isEmpty()));
      }
    }
    assertThat(replayedOps).as("ops replayed").isGreaterThan(PAIRS * 2);
  }

  private static void assertSameSchema(SchemaModel actual, SchemaModel expected, String description) {
    SchemaModel sorted = constraintsByName(actual);
    assertThat(sorted.tables()).as(description).isEqualTo(constraintsByName(expected).tables());
    assertThat(sorted.sequences()).as(description).isEqualTo(expected.sequences());
    assertThat(sorted.enumTypes()).as(description).isEqualTo(expected.enumTypes());
  }

  private static void write(ScriptDirectory scripts, RevisionSource source) {
    RenderedMigration rendered = new MigrationFileRenderer().render(source);
    scripts.write(rendered.fileName(), rendered.source());
  }

  /** Keys, indexes and checks by name: the catalog lists them in no defined order. */
  private static SchemaModel constraintsByName(SchemaModel model) {
    return model.withTables(model.tables().stream().map(ReplayRoundTripIT::constraintsByName).toList());
  }

  private static TableModel constraintsByName(TableModel table) {
    return table
        .withUniqueConstraints(table.uniqueConstraints().stream()
            .sorted(Comparator.comparing(UniqueConstraintModel::name)).toList())
        .withIndexes(table.indexes().stream().sorted(Comparator.comparing(IndexModel::name)).toList())
        .withForeignKeys(table.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeyModel::name)).toList())
        .withChecks(table.checks().stream().sorted(Comparator.comparing(CheckConstraintModel::name)).toList());
  }

  private static void reset(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS app CASCADE");
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
