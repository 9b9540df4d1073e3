package dev.autogen.command;

import java.sql.Connection;

/** Where a command's connections come from: a configured server or the embedded one. Close it when done. */
public interface Database extends AutoCloseable {

  /** A new connection; the caller closes it. */
  Connection connect();

  /** Another database on the same server, with the same credentials: a scratch database. */
  Database sibling(String databaseName);

  /** A description safe to print: the URL without any password, or the embedded data directory. */
  String displayName();

  @Override
  void close();
}
