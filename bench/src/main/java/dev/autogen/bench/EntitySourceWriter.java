package dev.autogen.bench;

/**
 * Writes the Java source of one generated entity: 14 columns of mixed types, an identity key, a many-to-one
 * foreign key to an earlier table, two indexes, a unique constraint and two column defaults.
 */
final class EntitySourceWriter {

  static final String STATUS_ENUM =
      "package " + ModelSpec.PACKAGE + ";\n\npublic enum Status { NEW, ACTIVE, ARCHIVED }\n";

  String write(TableSpec table) {
    String t = table.tableName();
    StringBuilder out = new StringBuilder();
    out.append("package ").append(ModelSpec.PACKAGE).append(";\n\n")
        .append("import jakarta.persistence.*;\n")
        .append("import org.hibernate.annotations.ColumnDefault;\n\n")
        .append("@Entity\n")
        .append("@Table(name = \"").append(t).append("\",\n")
        .append("    uniqueConstraints = @UniqueConstraint(name = \"uk_").append(t)
        .append("_code\", columnNames = {\"code\", \"valid_from\"}),\n")
        .append("    indexes = {\n")
        .append("        @Index(name = \"ix_").append(t).append("_name\", columnList = \"name\"),\n")
        .append("        @Index(name = \"ix_").append(t).append("_created\", columnList = \"created_at, active\")");
    if (table.changed()) {
      out.append(",\n        @Index(name = \"ix_").append(t).append("_quantity\", columnList = \"quantity\")");
    }
    out.append("})\n")
        .append("public class ").append(table.className()).append(" {\n\n")
        .append("  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n")
        .append("  @Column(nullable = false, length = ").append(table.nameLength() + (table.changed() ? 20 : 0))
        .append(") private String name;\n")
        .append("  @Column(nullable = false, length = 32) private String code;\n")
        .append("  @ColumnDefault(\"0\") private Integer quantity;\n")
        .append("  @Column(precision = 12, scale = 2) private java.math.BigDecimal price;\n")
        .append("  @ColumnDefault(\"true\") @Column(nullable = false) private Boolean active;\n")
        .append("  @Column(name = \"valid_from\") private java.time.LocalDate validFrom;\n")
        .append("  @Column(name = \"created_at\") private java.time.Instant createdAt;\n")
        .append("  @Column(name = \"updated_at\") private java.time.OffsetDateTime updatedAt;\n")
        .append("  @Column(name = \"external_id\") private java.util.UUID externalId;\n")
        .append("  private byte[] payload;\n")
        .append("  @Enumerated(EnumType.STRING) @Column(length = 16) private Status status;\n");
    if (table.changed()) {
      out.append("  @Column(length = 80) private String note;\n");
    } else {
      out.append("  private Double score;\n");
    }
    if (table.parent() >= 0) {
      TableSpec parent = new TableSpec(table.parent(), -1, 0, false);
      out.append("  @ManyToOne(fetch = FetchType.LAZY) @JoinColumn(name = \"parent_id\") private ")
          .append(parent.className()).append(" parent;\n");
    }
    return out.append("}\n").toString();
  }
}
