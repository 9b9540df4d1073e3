package dev.autogen.schema.jpa;

import dev.autogen.dialect.Dialect;
import dev.autogen.dialect.PostgresDialect;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/**
 * Reads the schema that JPA entities map to from Hibernate's boot metamodel, the same model Hibernate's own
 * schema export walks, without connecting to a database.
 */
public final class EntityModelReader {

  /** What Hibernate would otherwise learn from a JDBC connection: we target PostgreSQL and never connect. */
  private static final Map<String, Object> OFFLINE_POSTGRES = Map.of(
      "hibernate.boot.allow_jdbc_metadata_access", "false",
      "jakarta.persistence.database-product-name", "PostgreSQL",
      "jakarta.persistence.database-major-version", "17");

  private final Map<String, String> settings;
  private final EntityNaming naming;
  private final Dialect dialect = new PostgresDialect();

  /**
   * @param settings the application's own {@code hibernate.*} settings, such as
   *                 {@code hibernate.physical_naming_strategy}: they decide the names Hibernate gives tables and
   *                 columns
   * @param naming   whose defaults name what {@code settings} leave to them: Spring Boot's, when its Hibernate
   *                 integration is on the entities' classpath ({@code AUTO}), or Hibernate's
   */
  public EntityModelReader(Map<String, String> settings, EntityNaming naming) {
    this.settings = Map.copyOf(settings);
    this.naming = Objects.requireNonNull(naming, "naming");
  }

  /** A reader with Hibernate's own naming defaults, whatever the entities' classpath holds. */
  public EntityModelReader(Map<String, String> settings) {
    this(settings, EntityNaming.HIBERNATE);
  }

  /** Builds the metadata of all {@code entities} once and walks its tables and sequences. */
  public EntitySchema read(ScannedEntities entities) {
    Map<String, Object> applicationSettings =
        Map.copyOf(SpringBootSettings.apply(naming, entities.loader(), settings));
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        // custom naming strategies, converters and types live next to the entities
        .applyClassLoader(entities.loader())
        .build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(applicationSettings)
        .applySettings(OFFLINE_POSTGRES)
        // the keywords a connection would report, so auto_quote_keyword quotes what it quotes at run time
        .addService(DialectResolver.class, new DriverKeywordsDialectResolver())
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.classes().forEach(sources::addAnnotatedClass);
      Metadata metadata = sources.buildMetadata();
      // what Hibernate's session factory does before it creates a schema: columns of tables, composite primary
      // keys and the foreign keys referencing them sorted by the column ordering strategy (size, then name), unless
      // the application sets hibernate.column_ordering_strategy=legacy
      ((MetadataImplementor) metadata).orderColumns(true);
      TableReader reader = new TableReader(metadata, dialect);
      SchemaModel model = schema(metadata, reader)
          .withCompositeTypes(HibernateCompositeTypes.read(metadata, dialect));
      return new EntitySchema(model, skippedEntities(metadata), reader.notes());
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static SchemaModel schema(Metadata metadata, TableReader reader) {
    List<TableModel> tables = new ArrayList<>();
    List<SequenceModel> sequences = new ArrayList<>();
    for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
      for (Table table : namespace.getTables()) {
        if (createsTable(table)) {
          tables.add(reader.read(table));
        }
      }
      // the sequences of @SequenceGenerator and of @GeneratedValue's default, SEQUENCE on PostgreSQL
      for (Sequence sequence : namespace.getSequences()) {
        SequenceModel model = sequence(sequence);
        reader.noteLongName("sequence", sequence.getName().getSequenceName().getText(), model.name().toString());
        sequences.add(model);
      }
    }
    return new SchemaModel(tables, sequences, List.of(), HibernateEnumTypes.read(metadata));
  }

  private static SequenceModel sequence(Sequence sequence) {
    QualifiedSequenceName name = sequence.getName();
    Identifier schema = name.getSchemaName();
    QualifiedName storedName = new QualifiedName(
        schema == null ? null : PostgresNames.stored(schema), PostgresNames.stored(name.getSequenceName()));
    return new SequenceModel(storedName, sequence.getInitialValue(), sequence.getIncrementSize());
  }

  private static List<String> skippedEntities(Metadata metadata) {
    List<String> skipped = new ArrayList<>();
    for (PersistentClass entity : metadata.getEntityBindings()) {
      Table table = entity.getTable();
      if (!createsTable(table)) {
        skipped.add(entity.getClassName() + ": " + reason(table));
      }
    }
    skipped.sort(Comparator.naturalOrder());
    return skipped;
  }

  /**
   * Whether Hibernate's export creates a table for {@code table}: not for a subselect, nor for the abstract root of a
   * table-per-class hierarchy, nor for an {@code @View} entity, which Hibernate counts as physical but exports as
   * {@code create view} (a view is not managed: created by neither side, never dropped).
   */
  private static boolean createsTable(Table table) {
    return table.isPhysicalTable() && !table.isView();
  }

  private static String reason(Table table) {
    if (table.isSubselect()) {
      return "mapped to a subselect, no table created";
    }
    if (table.isView()) {
      return "mapped to a view, no table created (autogen does not manage views)";
    }
    return "abstract root of a table-per-class hierarchy, no table created";
  }
}
