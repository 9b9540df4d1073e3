package dev.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IntrospectionFilterTest {

  @Test
  void defaultsReadTheCurrentSchemaWithoutTheVersionAndHistoryTables() {
    IntrospectionFilter filter = IntrospectionFilter.defaults();

    assertThat(filter.schemas()).isEmpty();
    assertThat(filter.excludedTables()).containsExactly("autogen_version", "autogen_version_history");
  }

  @Test
  void alwaysExcludesTheVersionAndHistoryTablesOnce() {
    assertThat(new IntrospectionFilter(List.of("app"), List.of("audit")).excludedTables())
        .containsExactly("autogen_version", "autogen_version_history", "audit");
    assertThat(new IntrospectionFilter(List.of(), List.of("autogen_version")).excludedTables())
        .containsExactly("autogen_version_history", "autogen_version");
  }

  @Test
  void exactNamesMatchOnlyThemselvesCaseExactly() {
    Predicate<String> excluded = IntrospectionFilter.defaults().excluding("Audit").tableExclusion();

    assertThat(excluded).accepts("autogen_version", "Audit").rejects("audit", "Audit2", "autogen_version_old");
  }

  @Test
  void globsMatchRunsAndSingleCharacters() {
    Predicate<String> excluded = IntrospectionFilter.defaults().excluding("tmp_*", "log_?").tableExclusion();

    assertThat(excluded).accepts("tmp_", "tmp_import", "log_1").rejects("tmp", "log_12", "my_tmp_x");
  }

  @Test
  void regexCharactersInNamesAreLiteral() {
    Predicate<String> excluded = IntrospectionFilter.defaults().excluding("a.b", "x+*").tableExclusion();

    assertThat(excluded).accepts("a.b", "x+", "x+y").rejects("axb", "xx");
  }

  @Test
  void withSchemasKeepsTheExclusions() {
    IntrospectionFilter filter = IntrospectionFilter.defaults().excluding("audit").withSchemas("app", "Billing");

    assertThat(filter.schemas()).containsExactly("app", "Billing");
    assertThat(filter.excludedTables()).containsExactly("autogen_version", "autogen_version_history", "audit");
  }

  @Test
  void patternsMatchTheBareNameOrSchemaDotName() {
    BiPredicate<String, String> excluded = IntrospectionFilter.defaults().excluding("flyway_*", "legacy.*")
        .exclusion();

    assertThat(excluded.test("public", "flyway_schema_history")).isTrue();
    assertThat(excluded.test("app", "flyway_x")).isTrue();
    assertThat(excluded.test("legacy", "orders")).isTrue();
    assertThat(excluded.test("app", "legacy")).isFalse();
    assertThat(excluded.test("app", "orders")).isFalse();
    assertThat(excluded.test("app", "autogen_version")).isTrue();
    assertThat(excluded.test("app", "autogen_version_history")).isTrue();
  }

  @Test
  void readsTheCurrentSchemaOnlyWhenNoSchemaIsNamed() {
    assertThat(IntrospectionFilter.defaults().schemasToRead("public")).containsExactly("public");
    assertThat(IntrospectionFilter.defaults().schemasToRead(null)).isEmpty();
    assertThat(IntrospectionFilter.defaults().withSchemas("app").schemasToRead("public")).containsExactly("app");
  }

  @Test
  void coveringATargetAddsTheSchemasItNamesAndTheCurrentOneWhenItUsesIt() {
    TableModel appUser = TableModel.of(new QualifiedName("app", "user"), List.of());
    TableModel user = TableModel.of(QualifiedName.of("user"), List.of());
    IntrospectionFilter configured = new IntrospectionFilter(List.of("billing"), List.of("tmp_*"));

    IntrospectionFilter onlyNamed = configured.covering(new SchemaModel(List.of(appUser)));
    assertThat(onlyNamed.schemasToRead("public")).containsExactly("billing", "app");
    assertThat(onlyNamed.excludedTables()).containsExactly("autogen_version", "autogen_version_history", "tmp_*");

    assertThat(configured.covering(new SchemaModel(List.of(appUser, user))).schemasToRead("public"))
        .containsExactly("public", "billing", "app");
    assertThat(IntrospectionFilter.defaults().covering(new SchemaModel(List.of(appUser))).schemasToRead("public"))
        .containsExactly("public", "app");
    // Hibernate creates enum types in the current schema, whichever schema the tables are in
    SchemaModel withEnumType = new SchemaModel(List.of(appUser), List.of(), List.of(),
        List.of(EnumTypeModel.of(QualifiedName.of("status"), "OPEN")));
    assertThat(configured.covering(withEnumType).schemasToRead("public")).containsExactly("public", "billing", "app");
  }
}
