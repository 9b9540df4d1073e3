package dev.autogen.corpus.envers;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Purchase {

  @Id
  @GeneratedValue
  Long id;

  @ManyToOne
  Customer customer;

  BigDecimal amount;
}
