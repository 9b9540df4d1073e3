package dev.autogen.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A post written by a {@link User}: a foreign key from {@code post.author_id} to {@code user.id}. */
@Entity
@Table(name = "post", indexes = @Index(name = "ix_post_author_published", columnList = "author_id, published_at"))
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private User author;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 4000)
  private String body;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  protected Post() {
  }

  public Post(User author, String title, String body) {
    this.author = author;
    this.title = title;
    this.body = body;
  }

  public Long getId() {
    return id;
  }

  public User getAuthor() {
    return author;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public OffsetDateTime getPublishedAt() {
    return publishedAt;
  }

  public void publish() {
    this.publishedAt = OffsetDateTime.now();
  }
}
