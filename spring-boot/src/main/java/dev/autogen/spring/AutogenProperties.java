package dev.autogen.spring;

import dev.autogen.runtime.AutogenConfiguration;
import dev.autogen.runtime.LockRetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code autogen.*} properties: what {@code upgrade} runs at startup, and where. */
@ConfigurationProperties("autogen")
public class AutogenProperties {

  /** Whether to upgrade the database at startup. */
  private boolean enabled = true;

  /** The revision to upgrade to: {@code head}, {@code heads}, a branch's {@code label@head} or a revision id. */
  private String target = "head";

  /** How long to wait while another instance migrates the same database. */
  private Duration lockTimeout = Duration.ofSeconds(60);

  /** The version table; its history table is named after it. */
  private String versionTable = AutogenConfiguration.DEFAULT_VERSION_TABLE;

  /** Where the compiled revisions are, {@code classpath:com/example/db}; empty: every revision in the index. */
  private List<String> locations = new ArrayList<>();

  /** {@code false}: all steps of a startup's upgrade in one transaction. */
  private boolean transactionPerMigration = true;

  /**
   * The longest each migration statement waits for a lock ({@code lock_timeout}), so the application's own queries
   * queued behind it wait no longer; unset: the server's setting.
   */
  private Duration statementLockTimeout;

  /** How often a statement that ran out of the statement lock timeout is tried again. */
  private int lockRetries;

  /** The pause before the first lock retry; it doubles with each retry, up to 30 seconds, with jitter. */
  private Duration lockRetryDelay = LockRetryPolicy.DEFAULT_FIRST_DELAY;

  public Duration getStatementLockTimeout() {
    return statementLockTimeout;
  }

  public void setStatementLockTimeout(Duration statementLockTimeout) {
    this.statementLockTimeout = statementLockTimeout;
  }

  public int getLockRetries() {
    return lockRetries;
  }

  public void setLockRetries(int lockRetries) {
    this.lockRetries = lockRetries;
  }

  public Duration getLockRetryDelay() {
    return lockRetryDelay;
  }

  public void setLockRetryDelay(Duration lockRetryDelay) {
    this.lockRetryDelay = lockRetryDelay;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public Duration getLockTimeout() {
    return lockTimeout;
  }

  public void setLockTimeout(Duration lockTimeout) {
    this.lockTimeout = lockTimeout;
  }

  public String getVersionTable() {
    return versionTable;
  }

  public void setVersionTable(String versionTable) {
    this.versionTable = versionTable;
  }

  public List<String> getLocations() {
    return locations;
  }

  public void setLocations(List<String> locations) {
    this.locations = locations;
  }

  public boolean isTransactionPerMigration() {
    return transactionPerMigration;
  }

  public void setTransactionPerMigration(boolean transactionPerMigration) {
    this.transactionPerMigration = transactionPerMigration;
  }
}
