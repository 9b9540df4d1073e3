package dev.autogen.samples.boot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "note")
public class Note {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "text", nullable = false, length = 500)
  private String text;

  // the default R5a0000000002_AddPriority gives the column, so that `autogen check` finds nothing to change
  @ColumnDefault("0")
  @Column(name = "priority", nullable = false)
  private int priority;

  protected Note() {
  }

  public Note(String text) {
    this.text = text;
  }

  public Long getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  public int getPriority() {
    return priority;
  }
}
