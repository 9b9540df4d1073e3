package dev.autogen.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registered user. The table is {@code user}, a reserved word in PostgreSQL: autogen quotes it. */
@Entity
@Table(name = "user")
public class User {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 50)
  private String username;

  @Column(nullable = false)
  private String email;

  @Column(name = "full_name", length = 100)
  private String fullName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected User() {
  }

  public User(String username, String email, String fullName) {
    this.username = username;
    this.email = email;
    this.fullName = fullName;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getFullName() {
    return fullName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
