package dev.autogen.corpus.envers;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Customer {

  @Id
  @GeneratedValue
  Long id;

  String name;

  @ElementCollection
  Set<String> emails = new HashSet<>();
}
