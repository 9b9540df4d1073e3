package dev.autogen.cli.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** A small entity the class-data-sharing training run autogenerates a migration for. */
@Entity
@Table(name = "training_entity", indexes = @Index(name = "ix_training_entity_name", columnList = "name"))
class TrainingEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, unique = true, length = 80)
  String name;

  Instant createdAt;
}
