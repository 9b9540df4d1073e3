package dev.autogen.runtime;

/** A session that holds the migration lock, as {@code pg_stat_activity} shows it; unknown fields are {@code null}. */
public record LockHolder(int pid, String applicationName, String clientAddress, String backendStart) {

  public String describe() {
    return "pid " + pid + " (application_name " + (applicationName == null ? "unknown" : "'" + applicationName + "'")
        + ", client_addr " + orUnknown(clientAddress) + ", backend_start " + orUnknown(backendStart) + ")";
  }

  private static String orUnknown(String value) {
    return value == null ? "unknown" : value;
  }
}
