package dev.autogen.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.autogen.schema.ReferentialAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintRowTest {

  @Test
  void mapsEveryConfdeltypeToItsAction() {
    assertThat(foreignKeyDeleting("a").onDeleteAction()).isEqualTo(ReferentialAction.NO_ACTION);
    assertThat(foreignKeyDeleting("r").onDeleteAction()).isEqualTo(ReferentialAction.RESTRICT);
    assertThat(foreignKeyDeleting("c").onDeleteAction()).isEqualTo(ReferentialAction.CASCADE);
    assertThat(foreignKeyDeleting("n").onDeleteAction()).isEqualTo(ReferentialAction.SET_NULL);
    assertThat(foreignKeyDeleting("d").onDeleteAction()).isEqualTo(ReferentialAction.SET_DEFAULT);
  }

  @Test
  void rejectsAnUnknownConfdeltype() {
    assertThatIllegalStateException().isThrownBy(() -> foreignKeyDeleting("z").onDeleteAction())
        .withMessageContaining("'z'").withMessageContaining("order_fk");
  }

  private static ConstraintRow foreignKeyDeleting(String confdeltype) {
    return new ConstraintRow(1, "order_fk", "f", List.of("customer_id"), "public", "customer", List.of("id"),
        confdeltype, null);
  }
}
