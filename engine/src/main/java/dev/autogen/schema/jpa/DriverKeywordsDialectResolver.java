package dev.autogen.schema.jpa;

import dev.autogen.dialect.Identifiers;
import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.dialect.internal.StandardDialectResolver;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Resolves the dialect as Hibernate does, but tells it the keywords the PostgreSQL JDBC driver would report.
 *
 * <p>Connected, a {@code Dialect} registers the words of {@code DatabaseMetaData.getSQLKeywords()} besides its ANSI
 * list, and under {@code hibernate.auto_quote_keyword} Hibernate quotes every name among them: the running
 * application maps {@code @Column(name = "VERSION")} to {@code "VERSION"}. Booted without a connection, the
 * resolution info has no keywords, so the name would stay unquoted and fold to {@code version}. Giving the dialect
 * the driver's list makes the target what the application maps.
 */
final class DriverKeywordsDialectResolver implements DialectResolver {

  private static final String DRIVER_KEYWORDS = String.join(",", new TreeSet<>(Identifiers.driverReportedKeywords()));

  private final DialectResolver standard = new StandardDialectResolver();

  @Override
  public Dialect resolveDialect(DialectResolutionInfo info) {
    return standard.resolveDialect(info.getSQLKeywords() == null ? new WithDriverKeywords(info) : info);
  }

  /** {@code info}, with the driver's keywords. */
  private record WithDriverKeywords(DialectResolutionInfo info) implements DialectResolutionInfo {

    @Override
    public String getSQLKeywords() {
      return DRIVER_KEYWORDS;
    }

    @Override
    public String getDatabaseName() {
      return info.getDatabaseName();
    }

    @Override
    public String getDatabaseVersion() {
      return info.getDatabaseVersion();
    }

    @Override
    public String getDriverName() {
      return info.getDriverName();
    }

    @Override
    public int getDriverMajorVersion() {
      return info.getDriverMajorVersion();
    }

    @Override
    public int getDriverMinorVersion() {
      return info.getDriverMinorVersion();
    }

    @Override
    public int getDatabaseMajorVersion() {
      return info.getDatabaseMajorVersion();
    }

    @Override
    public int getDatabaseMinorVersion() {
      return info.getDatabaseMinorVersion();
    }

    @Override
    public int getDatabaseMicroVersion() {
      return info.getDatabaseMicroVersion();
    }

    @Override
    public DatabaseMetaData getDatabaseMetadata() {
      return info.getDatabaseMetadata();
    }

    @Override
    public Map<String, Object> getConfigurationValues() {
      return info.getConfigurationValues();
    }
  }
}
