package dev.autogen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.SchemaModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SchemaShrinkerTest {

  @Test
  void shrinksToTheSmallestPairThatStillFails() {
    SchemaModel current = RandomSchemas.forDatabase(new Random(7L)).next();
    SchemaModel target = new RandomSchemas(new Random(8L)).next();
    assertThat(current.tables()).isNotEmpty();

    // fails whenever the target has a table: the smallest failing case is an empty current schema and a target of
    // one table holding only its key column
    SchemaShrinker.Pair smallest = SchemaShrinker.shrink(new SchemaShrinker.Pair(current, target),
        pair -> !pair.target().tables().isEmpty());

    assertThat(smallest.current()).isEqualTo(SchemaModel.EMPTY);
    assertThat(smallest.target().tables()).singleElement().satisfies(table -> {
      assertThat(table.columns()).extracting(column -> column.name()).containsExactly("id");
      assertThat(table.uniqueConstraints()).isEmpty();
      assertThat(table.indexes()).isEmpty();
      assertThat(table.foreignKeys()).isEmpty();
      assertThat(table.checks()).isEmpty();
    });
    assertThat(smallest.target().sequences()).isEmpty();
  }

  @Test
  void aPairThatDoesNotFailWhenSmallerIsKept() {
    SchemaModel current = RandomSchemas.forDatabase(new Random(7L)).next();
    SchemaModel target = RandomSchemas.forDatabase(new Random(9L)).next();
    SchemaShrinker.Pair pair = new SchemaShrinker.Pair(current, target);

    assertThat(SchemaShrinker.shrink(pair, candidate -> candidate.equals(pair))).isEqualTo(pair);
  }
}
