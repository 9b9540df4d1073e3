package dev.autogen.spring;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.RevisionInfo;
import java.util.List;
import java.util.Set;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The database's revision in the health endpoint: {@code UP} with the current revisions and none pending, or
 * {@code OUT_OF_SERVICE} with the revisions the application has that the database lacks.
 */
public class AutogenHealthIndicator implements HealthIndicator {

  private final Autogen autogen;

  public AutogenHealthIndicator(Autogen autogen) {
    this.autogen = autogen;
  }

  @Override
  public Health health() {
    try {
      Set<String> current = autogen.current();
      List<String> pending = autogen.pending().stream().map(RevisionInfo::id).toList();
      Health.Builder health = pending.isEmpty() ? Health.up() : Health.outOfService();
      return health.withDetail("current", current).withDetail("pending", pending).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
    }
  }
}
