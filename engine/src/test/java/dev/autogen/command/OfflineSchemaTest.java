package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.introspect.IntrospectionFilter;
import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.EnumTypeModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.SequenceModel;
import dev.autogen.schema.TableModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineSchemaTest {

  @Test
  void databaseNameIsTheOneTheUrlConnectsTo() {
    assertThat(OfflineSchema.databaseName(config("embedded", null))).isEqualTo("postgres");
    assertThat(OfflineSchema.databaseName(config("jdbc:postgresql://db.example:5432/shop?ssl=true", null)))
        .isEqualTo("shop");
    assertThat(OfflineSchema.databaseName(config("jdbc:postgresql://a:1,b:2/sh%20op", null))).isEqualTo("sh op");
    assertThat(OfflineSchema.databaseName(config("jdbc:postgresql:shop", null))).isEqualTo("shop");
    assertThat(OfflineSchema.databaseName(config("jdbc:postgresql://db.example/", "alice")))
        .as("pgjdbc's default: the user's name").isEqualTo("alice");
  }

  @Test
  void excludedTablesSequencesAndEnumTypesAreLeftOut() {
    ColumnModel id = ColumnModel.of("id", new ColumnType("bigint"));
    SchemaModel replayed = new SchemaModel(
        List.of(TableModel.of(QualifiedName.of("flyway_history"), List.of(id)),
            TableModel.of(new QualifiedName("legacy", "account"), List.of(id)),
            TableModel.of(QualifiedName.of("account"), List.of(id))),
        List.of(new SequenceModel(QualifiedName.of("flyway_seq"), 1, 1),
            new SequenceModel(QualifiedName.of("account_seq"), 1, 50)),
        List.of("legacy"),
        List.of(EnumTypeModel.of(QualifiedName.of("flyway_state"), "a"),
            EnumTypeModel.of(QualifiedName.of("mood"), "ok")));

    SchemaModel compared = OfflineSchema.leavingOutExcluded(replayed,
        new IntrospectionFilter(List.of(), List.of("flyway_*", "legacy.*")));

    assertThat(compared.tables()).extracting(TableModel::name).containsExactly(QualifiedName.of("account"));
    assertThat(compared.sequences()).extracting(SequenceModel::name)
        .containsExactly(QualifiedName.of("account_seq"));
    assertThat(compared.enumTypes()).extracting(EnumTypeModel::name).containsExactly(QualifiedName.of("mood"));
  }

  private static AutogenConfig config(String url, String user) {
    return AutogenConfig.builder(Path.of("autogen.properties"), Path.of("migrations")).url(url).user(user).build();
  }
}
