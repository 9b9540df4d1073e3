package dev.autogen.verify;

/**
 * Why a revision failed {@code verify}.
 *
 * @param step where: {@code upgrade}, {@code downgrade}, {@code catalog} (the downgrade did not restore the schema),
 *     {@code rows} (it did not restore the rows), {@code upgrade again}, or {@code prepare} (the scratch database
 *     could not be brought to just before the revision)
 * @param message what failed or differs, naming the object
 */
public record VerifyFailure(String step, String message) {
}
