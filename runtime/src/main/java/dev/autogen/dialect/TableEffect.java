package dev.autogen.dialect;

import dev.autogen.schema.QualifiedName;
import java.util.Objects;

/**
 * What an op does to one table that existed before it: the strongest lock it takes, whether it rewrites the table
 * (a new {@code relfilenode}: a copy of every row, under that lock) and whether it reads every row (a scan under
 * that lock, as {@code SET NOT NULL} or validating a constraint does).
 */
public record TableEffect(QualifiedName table, LockMode lock, boolean rewrites, boolean scans) {

  public TableEffect {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(lock, "lock");
  }
}
