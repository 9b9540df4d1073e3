package dev.autogen.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection to the database being migrated; the caller closes it. A {@code DataSource::getConnection}. */
@FunctionalInterface
public interface ConnectionSource {

  Connection open() throws SQLException;
}
