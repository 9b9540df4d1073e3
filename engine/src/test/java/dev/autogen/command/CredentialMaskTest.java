package dev.autogen.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialMaskTest {

  private static final String SECRET = "S3cr3t-Pw";

  @Test
  void passwordParametersAreMaskedInAnyCaseAndEncoding() {
    CredentialMask mask = CredentialMask.none();

    assertThat(mask.mask("jdbc:postgresql://h:5432/db?user=app&password=" + SECRET + "&ssl=true"))
        .isEqualTo("jdbc:postgresql://h:5432/db?user=app&password=****&ssl=true");
    assertThat(mask.mask("jdbc:postgresql://h/db?PassWord=" + SECRET)).isEqualTo("jdbc:postgresql://h/db?PassWord=****");
    assertThat(mask.mask("jdbc:postgresql://h/db?%70assword=" + SECRET)).isEqualTo("jdbc:postgresql://h/db?%70assword=****");
    assertThat(mask.mask("jdbc:postgresql://h/db?sslpassword=" + SECRET)).isEqualTo("jdbc:postgresql://h/db?sslpassword=****");
    assertThat(mask.mask("jdbc:postgresql://h/db?password=S3c%zzret")).isEqualTo("jdbc:postgresql://h/db?password=****");
  }

  @Test
  void theColonAfterAMaskedUrlStays() {
    assertThat(CredentialMask.none().mask("cannot connect to jdbc:postgresql://h/db?password=x: refused"))
        .isEqualTo("cannot connect to jdbc:postgresql://h/db?password=****: refused");
  }

  @Test
  void aKnownPasswordIsMaskedExactlyAndTheTextAfterItStays() {
    String url = "jdbc:postgresql://h/db?user=app&password=" + SECRET;
    CredentialMask mask = CredentialMask.none().withUrl(url);

    assertThat(mask.mask("on " + url + ", as revision a1 calls op.execute"))
        .isEqualTo("on jdbc:postgresql://h/db?user=app&password=****, as revision a1 calls op.execute");
    assertThat(mask.mask("(" + url + "); then")).isEqualTo("(jdbc:postgresql://h/db?user=app&password=****); then");
    assertThat(mask.mask("'" + url + "' is not")).isEqualTo("'jdbc:postgresql://h/db?user=app&password=****' is not");
  }

  @Test
  void textMaskedOnceKeepsItsPunctuationWhenMaskedAgain() {
    String line = "on " + JdbcUrls.redact("jdbc:postgresql://h/db?password=" + SECRET) + ", as shadow (";

    assertThat(line).isEqualTo("on jdbc:postgresql://h/db?password=****, as shadow (");
    assertThat(CredentialMask.none().mask(line)).isEqualTo(line);
    assertThat(CredentialMask.none().mask("x password=****) y password=****."))
        .isEqualTo("x password=****) y password=****.");
  }

  @Test
  void anUnknownPasswordTakesThePunctuationAfterItAlongRatherThanShowAPartOfIt() {
    CredentialMask mask = CredentialMask.none();

    // the comma may be the password's last character: hidden, the words after it stay
    assertThat(mask.mask("on jdbc:postgresql://h/db?password=" + SECRET + ", as shadow"))
        .isEqualTo("on jdbc:postgresql://h/db?password=**** as shadow");
    assertThat(mask.mask("x password=se,cr)et, y")).isEqualTo("x password=**** y");
    assertThat(mask.mask("x password=****x, y")).isEqualTo("x password=**** y");
  }

  @Test
  void aPasswordEndsWhereAUrlParameterEnds() {
    CredentialMask mask = CredentialMask.none();

    assertThat(mask.mask("jdbc:postgresql://h/db?password=ab;cd'ef(g)#h[i]&ssl=true; next"))
        .isEqualTo("jdbc:postgresql://h/db?password=****&ssl=true; next");
    assertThat(mask.mask("url=\"jdbc:postgresql://h/db?password=ab,cd\" next")).isEqualTo(
        "url=\"jdbc:postgresql://h/db?password=****\" next");
    assertThat(mask.mask("<jdbc:postgresql://h/db?password=ab>, next"))
        .isEqualTo("<jdbc:postgresql://h/db?password=****>, next");
    assertThat(mask.mask("password=p\u00e4ssw\u00f6rd\tnext")).isEqualTo("password=****\tnext");
  }

  @Test
  void aQuotedPasswordIsMaskedToItsClosingQuote() {
    CredentialMask mask = CredentialMask.none();

    assertThat(mask.mask("host=h password='se cret' dbname=x")).isEqualTo("host=h password=**** dbname=x");
    assertThat(mask.mask("host=h password=\"se cret\", dbname=x")).isEqualTo("host=h password=****, dbname=x");
    assertThat(mask.mask("host=h password='it\\'s x' dbname=x")).isEqualTo("host=h password=**** dbname=x");
    assertThat(mask.mask("host=h password='no closing quote")).isEqualTo("host=h password=****");
  }

  @Test
  void aPasswordParameterInsideAnotherParametersValueIsMasked() {
    CredentialMask mask = CredentialMask.none();

    assertThat(mask.mask("url=jdbc:postgresql://h/db?password=" + SECRET + " next"))
        .isEqualTo("url=jdbc:postgresql://h/db?password=**** next");
    assertThat(mask.mask("url='jdbc:postgresql://h/db?user=app&password=ab,cd' next"))
        .isEqualTo("url='jdbc:postgresql://h/db?user=app&password=**** next");
    assertThat(mask.mask("a=b=password=" + SECRET)).isEqualTo("a=b=password=****");
  }

  @Test
  void aUrlGivesEveryPasswordItHoldsWholeWhateverItContains() {
    CredentialMask mask = CredentialMask.none().withUrl("jdbc:postgresql://h/db?password=my pass, \"w<0>rd&ssl=true");

    assertThat(mask.mask("said my pass, \"w<0>rd here")).isEqualTo("said **** here");
    assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?password=my pass, \"w<0>rd&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?password=****&ssl=true");
  }

  @Test
  void userInfoPasswordsAreMaskedWithOrWithoutSlashes() {
    CredentialMask mask = CredentialMask.none();

    assertThat(mask.mask("jdbc:postgresql://app:" + SECRET + "@db.example:5432/shop"))
        .isEqualTo("jdbc:postgresql://app:****@db.example:5432/shop");
    assertThat(mask.mask("java.net.UnknownHostException: app:" + SECRET + "@127.0.0.1"))
        .isEqualTo("java.net.UnknownHostException: app:****@127.0.0.1");
    assertThat(mask.mask("'jdbc:postgresql://app:it's@db/shop' x")).isEqualTo("'jdbc:postgresql://app:****@db/shop' x");
  }

  @Test
  void knownSecretsAreMaskedWhereverTheyStandAsAWord() {
    CredentialMask mask = CredentialMask.none().withSecret(SECRET).withSecret("postgres");

    assertThat(mask.mask("role 'x' said " + SECRET + ", then (" + SECRET + ")")).isEqualTo("role 'x' said ****, then (****)");
    assertThat(mask.mask("user 'postgres' at jdbc:postgresql://h/db")).isEqualTo("user '****' at jdbc:postgresql://h/db");
  }

  @Test
  void secretsAreAlsoKnownPercentEncodedAndDecoded() {
    CredentialMask mask = CredentialMask.none().withSecret("p@ss w0rd").withUrl("jdbc:postgresql://h/db?password=a%26b%21c");

    assertThat(mask.mask("x p%40ss+w0rd y")).isEqualTo("x **** y");
    assertThat(mask.mask("x p@ss w0rd y")).isEqualTo("x **** y");
    assertThat(mask.mask("decoded a&b!c here")).isEqualTo("decoded **** here");
  }

  @Test
  void textWithoutCredentialsIsLeftAlone() {
    String text = "ERROR: Revision aaaaaaaaaaa1 (/p/R_a.java) failed: relation \"note\" already exists; user=app";

    assertThat(CredentialMask.none().withSecret("hunter2").mask(text)).isEqualTo(text);
    assertThat(JdbcUrls.redact("jdbc:postgresql://localhost:5432/db?user=app")).isEqualTo(
        "jdbc:postgresql://localhost:5432/db?user=app");
  }
}
