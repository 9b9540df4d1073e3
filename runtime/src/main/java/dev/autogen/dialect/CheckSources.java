package dev.autogen.dialect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a check constraint PostgreSQL prints can be created from again. Most printed checks are their own
 * source; an {@code IN} list on a {@code varchar} column is not: {@code tier IN ('FREE','PRO')} prints as
 * {@code ((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))}, and that
 * text, created again, casts each element instead ({@code ARRAY[('FREE'::character varying)::text, ...]}).
 */
public final class CheckSources {

  /** {@code ((x)::t = ANY ((ARRAY[...])::t[]))} or {@code <> ALL}, the whole expression. */
  private static final Pattern LIST_OF_CAST_ARRAY = Pattern.compile(
      "^\\(\\((.+)\\)::([a-z][a-z ]*) (= ANY|<> ALL) \\(\\(ARRAY\\[(.+)\\]\\)::\\2\\[\\]\\)\\)$");

  private CheckSources() {
  }

  /**
   * An {@code IN} (or {@code NOT IN}) list PostgreSQL prints as {@code printed}, when {@code printed} is such a list
   * that does not print as itself; empty otherwise. Unverified: the caller has PostgreSQL print it to be sure.
   */
  public static Optional<String> inList(String printed) {
    Matcher list = LIST_OF_CAST_ARRAY.matcher(printed);
    if (!list.matches()) {
      return Optional.empty();
    }
    String operator = list.group(3).equals("= ANY") ? "IN" : "NOT IN";
    return Optional.of("(" + list.group(1) + ") " + operator + " (" + list.group(4) + ")");
  }
}
