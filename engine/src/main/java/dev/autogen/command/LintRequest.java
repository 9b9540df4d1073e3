package dev.autogen.command;

/**
 * What {@code lint} reads and how.
 *
 * @param target a revision, {@code FROM:TO}, or {@code null} for the revisions the database has not applied (the
 *     heads when it has applied all)
 * @param measure whether each revision runs on a scratch database to measure its locks, rewrites and scans; else
 *     the dialect's static table answers
 * @param scratchUrl the server (a JDBC URL) where the scratch databases are created; {@code null}: the project's
 */
public record LintRequest(String target, boolean measure, String scratchUrl) {
}
