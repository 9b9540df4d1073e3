package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

  /** 12 lowercase hex characters, unique among the project's revisions. */
  String id();

  /** The parent revision ids; empty for a first revision (a base). */
  String[] revises() default {};

  /** What the revision does, as given to {@code autogen revision -m}. */
  String message() default "";

  /** When the revision was generated, ISO-8601 UTC. */
  String created() default "";

  /** Names for the branch this revision starts or belongs to, usable in targets as {@code label@head}. */
  String[] branchLabels() default {};

  /** Revisions that must be applied first without being parents: order across branches, no merge. */
  String[] dependsOn() default {};

  /**
   * {@code false} for statements PostgreSQL refuses inside a transaction block, such as
   * {@code CREATE INDEX CONCURRENTLY}: the migration then runs in autocommit mode, so a failure part-way leaves the
   * statements before it applied, and only its version table write gets a transaction of its own.
   */
  boolean transactional() default true;

  /**
   * For a squash ({@code autogen squash FROM:TO}): the revisions it stands for, in graph order, the last being TO.
   * A database at TO or past it counts as past the squash, one before the range runs the squash instead, and one
   * inside the range is first brought to TO by the replaced revisions (their files are needed for that alone).
   */
  String[] replaces() default {};
}
