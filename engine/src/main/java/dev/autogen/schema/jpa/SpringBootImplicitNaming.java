package dev.autogen.schema.jpa;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's implicit naming ({@code SpringImplicitNamingStrategy}) for entities read without Spring Boot on their
 * classpath under {@code entities.naming = spring}: JPA's, except that a join table is named after the owning table
 * and the attribute ({@code purchase_order_shipping_tags}), not after both entities.
 */
public final class SpringBootImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {

  @Override
  public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
    String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
    return toIdentifier(name, source.getBuildingContext());
  }
}
