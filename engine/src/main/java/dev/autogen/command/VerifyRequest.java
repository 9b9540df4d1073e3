package dev.autogen.command;

/**
 * What {@code verify} proves and where.
 *
 * @param target a revision, a range {@code FROM:TO} (either side may be left out, or be {@code current}; both ends
 *     included), or {@code null} for the revisions the database has not applied (the heads when it has applied all)
 * @param scratchUrl the server (a JDBC URL) where the scratch database is created; {@code null}: the project's
 */
public record VerifyRequest(String target, String scratchUrl) {
}
