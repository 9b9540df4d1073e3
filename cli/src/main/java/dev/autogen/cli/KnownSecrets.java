package dev.autogen.cli;

import dev.autogen.command.CredentialMask;
import java.util.Map;

/**
 * The credentials one command line has met so far (the password variables, the configured password and URLs), so
 * that everything it prints on its error stream is masked by them; see {@link MaskingWriter}.
 */
final class KnownSecrets {

  private volatile CredentialMask mask = CredentialMask.none();

  /** Starts with what the environment holds: {@code AUTOGEN_PASSWORD}, {@code AUTOGEN_URL} and the target's. */
  KnownSecrets(Map<String, String> environment) {
    secret(environment.get("AUTOGEN_PASSWORD"));
    secret(environment.get(TargetOptions.PASSWORD_VARIABLE));
    url(environment.get("AUTOGEN_URL"));
  }

  synchronized void secret(String secret) {
    mask = mask.withSecret(secret);
  }

  synchronized void url(String url) {
    mask = mask.withUrl(url);
  }

  String mask(String text) {
    return mask.mask(text);
  }
}
