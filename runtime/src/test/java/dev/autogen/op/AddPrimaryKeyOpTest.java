package dev.autogen.op;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.PrimaryKeyModel;
import dev.autogen.schema.QualifiedName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddPrimaryKeyOpTest {

  private static final PrimaryKeyModel UNNAMED = new PrimaryKeyModel(null, List.of("id"));

  @Test
  void theImplicitNameOfAShortTableIsTablePkey() {
    assertThat(AddPrimaryKeyOp.implicitName(QualifiedName.of("account"))).isEqualTo("account_pkey");
    assertThat(AddPrimaryKeyOp.implicitName(QualifiedName.of("t".repeat(58)))).isEqualTo("t".repeat(58) + "_pkey");
  }

  /** makeObjectName(table, NULL, "pkey"): the table part is shortened so that the whole keeps its suffix in 63 bytes. */
  @Test
  void theImplicitNameOfALongTableIsShortenedAsPostgresqlShortensIt() {
    assertThat(AddPrimaryKeyOp.implicitName(QualifiedName.of("t".repeat(59)))).isEqualTo("t".repeat(58) + "_pkey");
    assertThat(AddPrimaryKeyOp.implicitName(QualifiedName.of("t".repeat(100)))).isEqualTo("t".repeat(58) + "_pkey");
    // 30 two-byte characters: 60 bytes; 29 of them (58 bytes) fit beside "_pkey", never half a character
    String name = AddPrimaryKeyOp.implicitName(QualifiedName.of("é".repeat(30)));
    assertThat(name).isEqualTo("é".repeat(29) + "_pkey");
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(63);
  }

  @Test
  void theDropThatReversesItNamesTheShortenedName() {
    QualifiedName table = QualifiedName.of("t".repeat(63));
    DropPrimaryKeyOp drop = (DropPrimaryKeyOp) new AddPrimaryKeyOp(table, UNNAMED).reverse();
    assertThat(drop.name()).isEqualTo("t".repeat(58) + "_pkey");
    assertThat(((DropPrimaryKeyOp) new AddPrimaryKeyOp(table, new PrimaryKeyModel("pk", List.of("id"))).reverse())
        .name()).isEqualTo("pk");
  }

  @Test
  void theUnshortenedNameOfAnOlderFileIsStillTheImplicitName() {
    QualifiedName table = QualifiedName.of("t".repeat(63));
    assertThat(AddPrimaryKeyOp.isImplicitName(table, "t".repeat(63) + "_pkey")).isTrue();
    assertThat(AddPrimaryKeyOp.isImplicitName(table, "t".repeat(58) + "_pkey")).isTrue();
    assertThat(AddPrimaryKeyOp.isImplicitName(table, "t".repeat(57) + "_pkey")).isFalse();
  }
}
