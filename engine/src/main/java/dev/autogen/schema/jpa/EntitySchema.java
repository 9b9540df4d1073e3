package dev.autogen.schema.jpa;

import dev.autogen.schema.SchemaModel;
import java.util.List;
import java.util.Objects;

/**
 * The schema the entities map to, as Hibernate would create it.
 *
 * @param model   the tables
 * @param skipped one line per entity whose table is not created (views, subselects, abstract union roots), for
 *                the user to read
 * @param notes   one line per mapped object the model shows only in part (an index with a descending column)
 */
public record EntitySchema(SchemaModel model, List<String> skipped, List<String> notes) {

  public EntitySchema {
    Objects.requireNonNull(model, "model");
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /** An entity schema read in full. */
  public EntitySchema(SchemaModel model, List<String> skipped) {
    this(model, skipped, List.of());
  }
}
