package com.example.app;

import com.example.model.Audited;
import com.example.model.Product;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An entity of the app module that builds on the entities module's classes. */
@Entity
@Table(name = "order_line")
public class OrderLine extends Audited {

  @Id
  private Long id;

  @ManyToOne(optional = false)
  private Product product;

  private int quantity;
}
