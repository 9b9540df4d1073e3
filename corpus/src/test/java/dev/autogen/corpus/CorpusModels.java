package dev.autogen.corpus;

import dev.autogen.corpus.envers.Customer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.camel.processor.idempotent.jpa.MessageProcessed;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.modelling.saga.repository.jpa.SagaEntry;
import org.drools.persistence.info.SessionInfo;
import org.keycloak.models.jpa.entities.RealmEntity;
import org.springframework.modulith.events.jpa.JpaEventPublication;
import org.springframework.statemachine.data.jpa.JpaRepositoryState;

/**
 * The corpus: published JPA models this project did not write, each with the settings its product runs with.
 */
final class CorpusModels {

  /**
   * What a Spring Boot application boots Hibernate with unless told otherwise: Spring Boot's naming strategies
   * (physical: Hibernate's {@code CamelCaseToUnderscoresNamingStrategy}; implicit: Spring Boot's own, which names join
   * tables after the owning table).
   */
  static final Map<String, String> SPRING_BOOT_SETTINGS = Map.of(
      "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
      "hibernate.implicit_naming_strategy", "org.springframework.boot.hibernate.SpringImplicitNamingStrategy");

  private CorpusModels() {
  }

  static Stream<CorpusModel> all() {
    return Stream.of(keycloak(), axon(), springModulith(), springStatemachine(), camel(), drools(), envers());
  }

  /**
   * Keycloak's JPA store ({@code org.keycloak:keycloak-model-jpa}): realms, clients, users, sessions, events,
   * authorization, federation, organizations. Upper-case names ({@code @Table(name = "USER_ENTITY")}), which
   * PostgreSQL folds. Keycloak's {@code default-persistence.xml} sets no naming strategy nor anything else that
   * changes DDL, so the settings are Hibernate's defaults.
   */
  static CorpusModel keycloak() {
    return new CorpusModel("keycloak", List.of("org.keycloak:keycloak-model-jpa"),
        List.of(CorpusModel.jarOf(RealmEntity.class)), List.of("org.keycloak"), Map.of(), 86,
        List.of());
  }

  /**
   * Axon Framework 4's JPA entities (jakarta packages): the token store, sagas and their association values, the
   * dead-letter queue, and the event store's domain and snapshot events. Axon applications are Spring Boot ones.
   */
  static CorpusModel axon() {
    return new CorpusModel("axon",
        List.of("org.axonframework:axon-messaging", "org.axonframework:axon-modelling",
            "org.axonframework:axon-eventsourcing"),
        List.of(CorpusModel.jarOf(TokenEntry.class), CorpusModel.jarOf(SagaEntry.class),
            CorpusModel.jarOf(DomainEventEntry.class)),
        List.of("org.axonframework.eventhandling.tokenstore.jpa", "org.axonframework.eventhandling.deadletter.jpa",
            "org.axonframework.modelling.saga.repository.jpa", "org.axonframework.eventsourcing.eventstore.jpa"),
        SPRING_BOOT_SETTINGS, 6, List.of());
  }

  /** Spring Modulith's event publication registry on JPA: the publication and its archive. */
  static CorpusModel springModulith() {
    return new CorpusModel("spring-modulith", List.of("org.springframework.modulith:spring-modulith-events-jpa"),
        List.of(CorpusModel.jarOf(JpaEventPublication.class)), List.of("org.springframework.modulith.events.jpa"),
        SPRING_BOOT_SETTINGS, 2, List.of());
  }

  /** Spring Statemachine's JPA repository model: machines, states, transitions, actions, guards. */
  static CorpusModel springStatemachine() {
    return new CorpusModel("spring-statemachine",
        List.of("org.springframework.statemachine:spring-statemachine-data-jpa"),
        List.of(CorpusModel.jarOf(JpaRepositoryState.class)), List.of("org.springframework.statemachine.data.jpa"),
        SPRING_BOOT_SETTINGS, 10, List.of());
  }

  /**
   * Apache Camel's JPA idempotent repository: the processed-message table, upper-case
   * ({@code CAMEL_MESSAGEPROCESSED}). Camel boots Hibernate with its defaults.
   */
  static CorpusModel camel() {
    return new CorpusModel("camel", List.of("org.apache.camel:camel-jpa"),
        List.of(CorpusModel.jarOf(MessageProcessed.class)), List.of("org.apache.camel.processor.idempotent.jpa"),
        Map.of(), 1, List.of());
  }

  /**
   * Drools' JPA persistence of knowledge sessions and work items (Apache KIE), with sequence-generated ids. Drools
   * boots Hibernate with its defaults.
   */
  static CorpusModel drools() {
    return new CorpusModel("drools", List.of("org.drools:drools-persistence-jpa"),
        List.of(CorpusModel.jarOf(SessionInfo.class)), List.of("org.drools.persistence"), Map.of(), 3, List.of());
  }

  /**
   * Hibernate Envers ({@code org.hibernate.orm:hibernate-envers}, the version of hibernate-core): its revision entity
   * ({@code REVINFO}) and the audit tables it derives, over the two audited entities of
   * {@link dev.autogen.corpus.envers} (Envers ships none). Envers' and Hibernate's defaults.
   */
  static CorpusModel envers() {
    return new CorpusModel("envers", List.of("org.hibernate.orm:hibernate-envers"),
        List.of(CorpusModel.jarOf(Customer.class)), List.of("dev.autogen.corpus.envers"), Map.of(), 7, List.of());
  }
}
