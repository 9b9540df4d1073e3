package dev.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IntrospectionFilterTest {

  @Test
  void defaultsReadTheCurrentSchemaWithoutTheVersionTable() {
    IntrospectionFilter filter = IntrospectionFilter.defaults();

    assertThat(filter.schemas()).isEmpty();
    assertThat(filter.excludedTables()).containsExactly("autogen_version");
  }

  @Test
  void alwaysExcludesTheVersionTableOnce() {
    assertThat(new IntrospectionFilter(List.of("app"), List.of("audit")).excludedTables())
        .containsExactly("autogen_version", "audit");
    assertThat(new IntrospectionFilter(List.of(), List.of("autogen_version")).excludedTables())
        .containsExactly("autogen_version");
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
    assertThat(filter.excludedTables()).containsExactly("autogen_version", "audit");
  }
}
