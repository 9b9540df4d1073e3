package com.example.model;

import com.example.shared.Address;
import com.example.shared.Tier;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Member {

  @Id
  private Long id;

  @Embedded
  private Address address;

  @Enumerated(EnumType.STRING)
  private Tier tier;
}
