package dev.autogen.schema.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.schema.ColumnModel;
import dev.autogen.schema.QualifiedName;
import dev.autogen.schema.SchemaModel;
import dev.autogen.schema.jpa.fixtures.Fixture;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;

/**
 * Which naming the entity reader applies: Spring Boot's when its Hibernate integration is on the entities' classpath
 * (not merely on autogen's own, as in these tests), unless {@code entities.naming} or a setting says otherwise.
 */
class SpringBootNamingTest {

  @TempDir
  Path directory;

  @Test
  void springBootOnTheEntitiesClasspathNamesTablesAndColumnsInSnakeCase() {
    SchemaModel model = read(List.of(Fixture.classesDirectory(), springBootHibernateJar()), EntityNaming.AUTO,
        Map.of());

    assertThat(tableNames(model)).containsExactly("purchase_order", "purchase_order_shipping_tags", "shipping_tag");
    assertThat(columnNames(model, "purchase_order"))
        .containsExactlyInAnyOrder("order_number", "customer_name", "due_date", "primary_tag_tag_id");
  }

  @Test
  void hibernateNamingTurnsSpringBootsDefaultsOff() {
    SchemaModel model = read(List.of(Fixture.classesDirectory(), springBootHibernateJar()), EntityNaming.HIBERNATE,
        Map.of());

    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtag", "shippingtag");
    assertThat(columnNames(model, "purchaseorder"))
        .containsExactlyInAnyOrder("ordernumber", "customername", "duedate", "primarytag_tagid");
  }

  @Test
  void withoutSpringBootOnTheEntitiesClasspathAutoKeepsHibernatesDefaults() {
    SchemaModel model = read(List.of(Fixture.classesDirectory()), EntityNaming.AUTO, Map.of());

    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtag", "shippingtag");
  }

  @Test
  void aSpringBootApplicationClassBesideTheEntitiesIsDetectedWithoutSpringBootsJars() throws Exception {
    Path application = compile("com/example/shop/ShopApplication.java", """
        package com.example.shop;
        @org.springframework.boot.autoconfigure.SpringBootApplication
        public class ShopApplication {
        }
        """);

    SchemaModel model = read(List.of(Fixture.classesDirectory(), application), EntityNaming.AUTO, Map.of());

    assertThat(tableNames(model)).containsExactly("purchase_order", "purchase_order_shipping_tags", "shipping_tag");
  }

  @Test
  void aClassThatIsNoSpringBootApplicationLeavesHibernatesDefaults() throws Exception {
    Path plain = compile("com/example/shop/ShopApplication.java", """
        package com.example.shop;
        @Deprecated
        public class ShopApplication {
        }
        """);

    SchemaModel model = read(List.of(Fixture.classesDirectory(), plain), EntityNaming.AUTO, Map.of());

    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtag", "shippingtag");
  }

  /**
   * Compiles {@code source} into a classes directory of its own, against a stand-in for Spring Boot's annotation
   * that is then removed: the directory holds what {@code target/classes} of an application holds.
   */
  private Path compile(String file, String source) throws Exception {
    Path sources = Files.createDirectories(directory.resolve("src"));
    Path annotation = sources.resolve("org/springframework/boot/autoconfigure/SpringBootApplication.java");
    Files.createDirectories(annotation.getParent());
    Files.writeString(annotation, """
        package org.springframework.boot.autoconfigure;
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        public @interface SpringBootApplication {
        }
        """);
    Path application = sources.resolve(file);
    Files.createDirectories(application.getParent());
    Files.writeString(application, source);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    int exit = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
        annotation.toString(), application.toString());
    assertThat(exit).isZero();
    Files.delete(classes.resolve("org/springframework/boot/autoconfigure/SpringBootApplication.class"));
    return classes;
  }

  @Test
  void springNamingNeedsNoDetection() {
    SchemaModel model = read(List.of(Fixture.classesDirectory()), EntityNaming.SPRING, Map.of());

    assertThat(tableNames(model)).containsExactly("purchase_order", "purchase_order_shipping_tags", "shipping_tag");
  }

  @Test
  void aNamingStrategyInTheSettingsWinsOverSpringBootsDefaultForThatStrategyOnly() {
    SchemaModel model = read(List.of(Fixture.classesDirectory(), springBootHibernateJar()), EntityNaming.AUTO,
        Map.of("hibernate.physical_naming_strategy",
            "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl"));

    // physical: the standard one, so no snake case; implicit: still Spring Boot's (table and attribute)
    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtags", "shippingtag");
  }

  @Test
  void theApplicationsPropertiesNameTheStrategies() throws Exception {
    Files.writeString(directory.resolve("application.properties"), """
        spring.datasource.url=jdbc:postgresql://localhost/shop
        spring.jpa.hibernate.naming.physical-strategy=\
        org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
        spring.jpa.properties.hibernate.implicit_naming_strategy=\
        org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
        """);

    SchemaModel model = read(List.of(Fixture.classesDirectory(), springBootHibernateJar(), directory),
        EntityNaming.AUTO, Map.of());

    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtag", "shippingtag");
  }

  @Test
  void theApplicationsPropertiesAreIgnoredUnderHibernateNaming() throws Exception {
    Files.writeString(directory.resolve("application.properties"),
        "spring.jpa.hibernate.naming.physical-strategy="
            + "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl\n");

    SchemaModel model = read(List.of(Fixture.classesDirectory(), directory), EntityNaming.HIBERNATE, Map.of());

    assertThat(tableNames(model)).containsExactly("purchaseorder", "purchaseorder_shippingtag", "shippingtag");
  }

  @Test
  void autogensCopyOfSpringBootsImplicitNamingNamesAsSpringBootsOwn() {
    Map<String, String> physical = Map.of("hibernate.physical_naming_strategy",
        SpringBootSettings.SPRING_PHYSICAL_NAMING);
    Map<String, String> springBoots = new HashMap<>(physical);
    springBoots.put("hibernate.implicit_naming_strategy", SpringImplicitNamingStrategy.class.getName());
    Map<String, String> autogens = new HashMap<>(physical);
    autogens.put("hibernate.implicit_naming_strategy", SpringBootImplicitNaming.class.getName());

    SchemaModel expected = read(List.of(Fixture.classesDirectory()), EntityNaming.HIBERNATE, springBoots);

    assertThat(read(List.of(Fixture.classesDirectory()), EntityNaming.HIBERNATE, autogens)).isEqualTo(expected);
    assertThat(tableNames(expected)).contains("purchase_order_shipping_tags");
  }

  @Test
  void namingValuesParseInAnyCase() {
    assertThat(EntityNaming.parse(" Spring ")).isEqualTo(EntityNaming.SPRING);
    assertThat(EntityNaming.parse("hibernate")).isEqualTo(EntityNaming.HIBERNATE);
    assertThat(EntityNaming.parse("AUTO")).isEqualTo(EntityNaming.AUTO);
    assertThat(EntityNaming.parse("boot")).isNull();
  }

  /** The spring-boot-hibernate jar (or directory) the tests' own classpath holds. */
  static Path springBootHibernateJar() {
    try {
      return Path.of(SpringImplicitNamingStrategy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SchemaModel read(List<Path> classpath, EntityNaming naming, Map<String, String> settings) {
    try (ScannedEntities entities = EntityScanner.scan(classpath, List.of(Fixture.scenario("springnaming")))) {
      return new EntityModelReader(settings, naming).read(entities).model();
    }
  }

  private static List<String> tableNames(SchemaModel model) {
    List<String> names = new ArrayList<>();
    model.tables().forEach(table -> names.add(table.name().toString()));
    names.sort(null);
    return names;
  }

  private static List<String> columnNames(SchemaModel model, String table) {
    return model.table(QualifiedName.of(table)).orElseThrow().columns().stream().map(ColumnModel::name).toList();
  }
}
