package dev.autogen.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.ColumnType;
import dev.autogen.schema.CompositeAttribute;
import dev.autogen.schema.CompositeTypeModel;
import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.TableModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composite types in the model, as strict as PostgreSQL without {@code CASCADE}. */
class ModelInterpreterCompositeTypeTest {

  private static final QualifiedName POINT = QualifiedName.of("geo_point");
  private static final QualifiedName ADDRESS = QualifiedName.of("address");
  private static final QualifiedName SHOP = QualifiedName.of("shop");
  private static final CompositeTypeModel POINT_TYPE = CompositeTypeModel.of(POINT,
      new CompositeAttribute("latitude", new ColumnType("double precision")));
  private static final CompositeTypeModel ADDRESS_TYPE = CompositeTypeModel.of(ADDRESS,
      new CompositeAttribute("zip", new ColumnType("text")), new CompositeAttribute("location", new ColumnType(
          "geo_point")));
  private static final TableModel SHOP_TABLE = TableModel.of(SHOP, List.of(
      ColumnModel.of("id", new ColumnType("bigint")).notNull(),
      ColumnModel.of("address", new ColumnType("address[]")),
      new PrimaryKeyModel(null, List.of("id"))));

  private static final SchemaModel WITH_TYPES =
      new SchemaModel(List.of(SHOP_TABLE), List.of(), List.of(), List.of(), List.of(POINT_TYPE, ADDRESS_TYPE));

  @Test
  void createsAltersAndDrops() {
    SchemaModel created = ModelInterpreter.apply(new SchemaModel(List.of(SHOP_TABLE)),
        List.of(new CreateCompositeTypeOp(POINT_TYPE), new CreateCompositeTypeOp(ADDRESS_TYPE)));
    assertThat(created).isEqualTo(WITH_TYPES);

    CompositeTypeModel shorter = CompositeTypeModel.of(ADDRESS, ADDRESS_TYPE.attributes().get(1));
    SchemaModel altered = ModelInterpreter.apply(created,
        List.of(new AlterCompositeTypeOp(ADDRESS_TYPE, shorter, List.of())));
    assertThat(altered.compositeType(ADDRESS)).contains(shorter);

    SchemaModel dropped = ModelInterpreter.apply(altered, List.of(new DropColumnOp(SHOP, "address", null),
        new DropCompositeTypeOp(ADDRESS, shorter), new DropCompositeTypeOp(POINT, POINT_TYPE)));
    assertThat(dropped.compositeTypes()).isEmpty();
  }

  @Test
  void refusesToDropATypeAColumnOrAnotherTypeUses() {
    assertThatThrownBy(() -> ModelInterpreter.apply(WITH_TYPES, List.of(new DropCompositeTypeOp(ADDRESS, null))))
        .hasMessage("cannot drop composite type 'address': column 'shop.address' uses it");
    assertThatThrownBy(() -> ModelInterpreter.apply(WITH_TYPES, List.of(new DropCompositeTypeOp(POINT, null))))
        .hasMessage("cannot drop composite type 'geo_point': composite type 'address' uses it");
  }

  /** A recreate that leaves a column of the type out would leave it on the dropped type. */
  @Test
  void refusesARecreateThatLeavesOutAColumn() {
    CompositeTypeModel reordered = CompositeTypeModel.of(ADDRESS, ADDRESS_TYPE.attributes().get(1),
        ADDRESS_TYPE.attributes().get(0));
    assertThatThrownBy(() -> ModelInterpreter.apply(WITH_TYPES,
        List.of(new AlterCompositeTypeOp(ADDRESS_TYPE, reordered, List.of()))))
        .hasMessage("recreating composite type 'address' leaves out column 'shop.address'");
    assertThat(ModelInterpreter.apply(WITH_TYPES, List.of(new AlterCompositeTypeOp(ADDRESS_TYPE, reordered,
        List.of(CompositeColumn.of(SHOP, "address").asArray())))).compositeType(ADDRESS)).contains(reordered);
  }
}
