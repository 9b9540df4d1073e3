/**
 * Two audited entities for Hibernate Envers' model: Envers publishes the revision entity and derives the audit
 * tables, but ships no audited entity of its own, so these are the smallest that give it a relation and a
 * collection to audit.
 */
package dev.autogen.corpus.envers;
