package com.example.model;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class Audited {

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
}
