package com.example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Product extends Audited {

  @Id
  private Long id;

  private String name;
}
