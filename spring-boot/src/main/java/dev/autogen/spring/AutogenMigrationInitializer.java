package dev.autogen.spring;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.MigrationResult;
import dev.autogen.runtime.StatementFailedException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the database when the context creates it: a database initializer, so the {@code EntityManagerFactory}
 * and everything else that uses the database is created after it ({@link AutogenDatabaseInitializerDetector}).
 * A failure stops startup with the revision and the statement named.
 */
public class AutogenMigrationInitializer implements InitializingBean {

  private static final Log LOG = LogFactory.getLog(AutogenMigrationInitializer.class);

  private final Autogen autogen;
  private final String target;
  private MigrationResult result;

  public AutogenMigrationInitializer(Autogen autogen, String target) {
    this.autogen = autogen;
    this.target = target;
  }

  @Override
  public void afterPropertiesSet() {
    try {
      result = autogen.upgrade(target);
    } catch (RuntimeException e) {
      throw new AutogenStartupException("autogen could not upgrade the database to '" + target + "': "
          + e.getMessage() + statementOf(e), e);
    }
    if (result.changedSomething()) {
      LOG.info("autogen: database upgraded from " + describe(result.headsBefore().toString()) + " to "
          + result.headsAfter() + " (" + result.steps().size() + " revisions)");
    } else {
      LOG.info("autogen: database is at " + describe(result.headsAfter().toString()) + ", nothing to upgrade");
    }
  }

  /** What the startup upgrade did; {@code null} before it ran. */
  public MigrationResult result() {
    return result;
  }

  private static String describe(String heads) {
    return "[]".equals(heads) ? "base" : heads;
  }

  private static String statementOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatementFailedException) {
        return "; statement: " + ((StatementFailedException) cause).statement();
      }
    }
    return "";
  }
}
