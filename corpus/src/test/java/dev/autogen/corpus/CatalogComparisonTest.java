package dev.autogen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.IntrospectionNote;
import dev.autogen.introspect.IntrospectionResult;
import dev.autogen.schema.CheckConstraintModel;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogComparisonTest {

  private static final ColumnModel ID = ColumnModel.of("id", new ColumnType("bigint")).notNull();
  private static final ColumnModel NAME = ColumnModel.of("name", new ColumnType("varchar(255)"));

  @Test
  void equalCatalogsHaveNoDifference() {
    IntrospectionResult catalog = catalog(List.of(table("realm", List.of(ID, NAME))), List.of());

    assertThat(CatalogComparison.differences(catalog, catalog)).isEmpty();
  }

  @Test
  void namesEachDifferenceWithTheObjectItConcerns() {
    TableModel ours = new TableModel(QualifiedName.of("realm"), List.of(ID, NAME.withType(new ColumnType("text"))),
        new PrimaryKeyModel("realm_pkey", List.of("id")), List.of(), List.of(), List.of(),
        List.of(new CheckConstraintModel("realm_name_check", "name <> ''")));
    TableModel hibernates = table("realm", List.of(ID, NAME));

    assertThat(CatalogComparison.differences(
        catalog(List.of(ours, table("client", List.of(ID))), List.of(new SequenceModel(QualifiedName.of("s"), 1, 50))),
        catalog(List.of(hibernates, table("realm_attribute", List.of(ID))), List.of())))
        .containsExactly(
            "table client only in ours",
            "table realm column name: ours " + NAME.withType(new ColumnType("text")) + ", Hibernate's " + NAME,
            "table realm check realm_name_check only in ours: CheckConstraintModel[name=realm_name_check,"
                + " expression=name <> '']",
            "table realm_attribute only in Hibernate's",
            "sequence s only in ours: " + new SequenceModel(QualifiedName.of("s"), 1, 50));
  }

  @Test
  void columnsInAnotherOrderAreADifference() {
    assertThat(CatalogComparison.differences(catalog(List.of(table("realm", List.of(ID, NAME))), List.of()),
        catalog(List.of(table("realm", List.of(NAME, ID))), List.of())))
        .containsExactly("table realm column order: ours [id, name], Hibernate's [name, id]");
  }

  @Test
  void introspectionNotesAreCompared() {
    IntrospectionNote note = new IntrospectionNote(QualifiedName.of("realm"), "realm_name_idx", "partial index");
    IntrospectionResult withNote = new IntrospectionResult(new SchemaModel(List.of()), List.of(note));

    assertThat(CatalogComparison.differences(withNote, catalog(List.of(), List.of())))
        .containsExactly("note " + note + " only in ours: " + note);
  }

  private static TableModel table(String name, List<ColumnModel> columns) {
    return new TableModel(QualifiedName.of(name), columns, new PrimaryKeyModel(name + "_pkey", List.of("id")),
        List.of(), List.of(), List.of());
  }

  private static IntrospectionResult catalog(List<TableModel> tables, List<SequenceModel> sequences) {
    return new IntrospectionResult(new SchemaModel(tables, sequences), List.of());
  }
}
