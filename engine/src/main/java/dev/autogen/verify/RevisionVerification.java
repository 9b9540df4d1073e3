package dev.autogen.verify;

import java.util.List;

/**
 * One revision proven (or not) on the scratch database.
 *
 * @param id the revision
 * @param message its message
 * @param file its source file (absolute), or {@code null}
 * @param rows the rows in the tables before its upgrade that had to come back after its downgrade
 * @param millis how long its verification took
 * @param failure why it failed, or {@code null} when it passed
 * @param notes rows the generator could not insert (a check or key it could not satisfy)
 */
public record RevisionVerification(String id, String message, String file, int rows, long millis,
    VerifyFailure failure, List<String> notes) {

  public RevisionVerification {
    notes = List.copyOf(notes);
  }

  public boolean ok() {
    return failure == null;
  }

  /** {@code verify 3f2a9c41b7de ok (12 rows, 85 ms)}, or the failure naming the step and what differs. */
  public String line() {
    return ok()
        ? "verify " + id + " ok (" + rows + " rows, " + millis + " ms)"
        : "verify " + id + " FAILED at " + failure.step() + ": " + failure.message();
  }
}
