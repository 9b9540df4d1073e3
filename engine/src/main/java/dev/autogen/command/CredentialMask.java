package dev.autogen.command;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides credentials in text before it is printed: the one place that knows what a secret looks like. It masks
 *
 * <ul>
 *   <li>the value of every {@code name=value} pair whose name, percent-decoded and in any case, holds
 *       {@code password} ({@code password=}, {@code sslpassword=}, {@code PassWord=}, {@code %70assword=}). The value
 *       ends where a URL query parameter would: at {@code &}, at whitespace, or at a character that cannot stand
 *       unencoded in a URL and that text puts around one ({@code " < >}). Anything else may be part of a password
 *       ({@code , ; ' ) : #}, letters of any script), so it is masked with it. Two ends stay readable: a colon followed
 *       by whitespace or the end of the text ({@code ?password=x: refused}), and the punctuation after a value that is
 *       {@value #MASK} already, so text masked twice keeps its {@code ", as ..."}. A value opening with a quote
 *       ({@code password='a b'}, as libpq writes it) is masked to its closing quote;</li>
 *   <li>the password of a {@code user:password@host} part, with or without the {@code //} before it;</li>
 *   <li>each secret it was given (the configured passwords, those in the configured URLs), as given, percent-encoded
 *       and percent-decoded, wherever it stands as a word of its own: a password {@code postgres} is masked in
 *       {@code user 'postgres'} but leaves {@code jdbc:postgresql:} readable. A known password is masked exactly,
 *       so {@code ?password=secret, as ...} keeps its {@code ", as ..."}.</li>
 * </ul>
 *
 * <p>A password nobody told the mask about is only recognised by its {@code name=}; where its value might end in
 * punctuation the mask hides the punctuation too, preferring to hide a comma of the text to showing one of the
 * password.
 *
 * <p>Immutable: {@link #withSecret} and {@link #withUrl} return a new mask.
 */
public final class CredentialMask {

  public static final String MASK = "****";

  private static final CredentialMask NONE = new CredentialMask(List.of());
  // the name of a name=value pair, a whole word (so a long word is not tried again from each of its letters)
  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_.~%-])([A-Za-z0-9_.~%-]+)=");
  // its value, ending at the '&' that ends a URL parameter, at whitespace, at the quote or angle bracket text puts
  // around a URL (none stands unencoded in a URL query), or at the ': ' a message puts after one; a value opening
  // with a quote (libpq's password='a b') runs to its closing quote, or to the end of the text without one
  private static final Pattern VALUE = Pattern.compile("'[^'\\\\]*+(?:\\\\.[^'\\\\]*+)*+(?:'|$)"
      + "|\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+(?:\"|$)"
      + "|[^&\\s\"<>]*?(?=$|[&\\s\"<>]|:(?:\\s|$))");
  // a value masked before, with the punctuation of the text after it: the punctuation stays
  private static final Pattern MASKED_VALUE = Pattern.compile(Pattern.quote(MASK) + "[,;:.!?')\\]}]*");
  // user:password@, the user a whole word (so a long word is not tried again from each of its letters)
  private static final Pattern USER_INFO =
      Pattern.compile("(?<![^\\s/@:'\"=&?])((?://)?[^\\s/@:'\"=&?]*):([^\\s/@\"]+)@");
  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

  private final List<String> secrets;
  private final Pattern literal;

  private CredentialMask(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
    this.literal = secrets.isEmpty() ? null : Pattern.compile(secrets.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b)
        .map(alternatives -> "(?<![A-Za-z0-9])(?:" + alternatives + ")(?![A-Za-z0-9])")
        .orElseThrow());
  }

  /** A mask that knows no secret of its own, only what credentials look like. */
  public static CredentialMask none() {
    return NONE;
  }

  /** This mask, also hiding {@code secret} (ignored when {@code null} or empty). */
  public CredentialMask withSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      return this;
    }
    Set<String> more = new LinkedHashSet<>(secrets);
    more.add(secret);
    more.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    more.add(percentDecoded(secret));
    more.remove("");
    return more.size() == secrets.size() ? this : new CredentialMask(List.copyOf(more));
  }

  /** This mask, also hiding the passwords {@code url} holds (query parameters and {@code user:password@}). */
  public CredentialMask withUrl(String url) {
    if (url == null) {
      return this;
    }
    CredentialMask mask = this;
    // the query as the driver reads it: every parameter ends at '&' or at the end of the URL, whatever it holds
    int query = url.indexOf('?');
    for (String pair : query < 0 ? new String[0] : url.substring(query + 1).split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && isPasswordName(pair.substring(0, equals))) {
        mask = mask.withSecret(pair.substring(equals + 1));
      }
    }
    for (MatchResult value : passwordValues(url)) {
      mask = mask.withSecret(value.group());
    }
    Matcher userInfo = USER_INFO.matcher(url);
    while (userInfo.find()) {
      mask = mask.withSecret(userInfo.group(2));
    }
    return mask;
  }

  /** {@code text} with every credential this mask knows or recognises replaced by {@value #MASK}. */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = text;
    if (literal != null) {
      masked = literal.matcher(masked).replaceAll(MASK);
    }
    masked = maskParameters(masked);
    return USER_INFO.matcher(masked).replaceAll(match -> Matcher.quoteReplacement(match.group(1) + ":" + MASK + "@"));
  }

  private static String maskParameters(String text) {
    StringBuilder result = new StringBuilder();
    int copied = 0;
    for (MatchResult value : passwordValues(text)) {
      result.append(text, copied, value.start()).append(masked(value.group()));
      copied = value.end();
    }
    return result.append(text, copied, text.length()).toString();
  }

  /**
   * The values of the {@code name=value} pairs of {@code text} whose name is a password's. Any other name's value is
   * searched on, since it may hold one: {@code url=jdbc:postgresql://h/db?password=x}.
   */
  private static List<MatchResult> passwordValues(String text) {
    List<MatchResult> found = new ArrayList<>();
    Matcher name = NAME.matcher(text).useTransparentBounds(true);
    Matcher value = VALUE.matcher(text);
    while (name.find()) {
      if (isPasswordName(name.group(1))) {
        value.region(name.end(), text.length()).lookingAt();
        found.add(value.toMatchResult());
        name.region(value.end(), text.length());
      }
    }
    return found;
  }

  /** {@value #MASK} for {@code value}, keeping the punctuation after a value that was masked already. */
  private static String masked(String value) {
    Matcher already = MASKED_VALUE.matcher(value);
    return already.matches() ? value : MASK;
  }

  private static boolean isPasswordName(String name) {
    return percentDecoded(name).toLowerCase(Locale.ROOT).contains("password");
  }

  /** {@code text} with its {@code %XX} escapes decoded; anything else (a lone {@code %}, a {@code +}) kept. */
  private static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    Matcher escape = PERCENT_ESCAPE.matcher(text);
    while (escape.find()) {
      byte[] before = text.substring(i, escape.start()).getBytes(StandardCharsets.UTF_8);
      bytes.write(before, 0, before.length);
      bytes.write(Integer.parseInt(escape.group().substring(1), 16));
      i = escape.end();
    }
    byte[] rest = text.substring(i).getBytes(StandardCharsets.UTF_8);
    bytes.write(rest, 0, rest.length);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
