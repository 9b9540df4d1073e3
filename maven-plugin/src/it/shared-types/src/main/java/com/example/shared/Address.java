package com.example.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

  @Column(name = "street", length = 200)
  private String street;

  @Column(name = "city", length = 100, nullable = false)
  private String city;
}
