package dev.autogen.runtime;

public enum Direction {
  UPGRADE,
  DOWNGRADE
}
