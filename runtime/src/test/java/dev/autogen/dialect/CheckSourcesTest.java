package dev.autogen.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckSourcesTest {

  @Test
  void anInListOnAVarcharColumnIsWrittenBackAsAList() {
    assertThat(CheckSources.inList(
        "((tier)::text = ANY ((ARRAY['FREE'::character varying, 'PRO'::character varying])::text[]))"))
        .contains("(tier) IN ('FREE'::character varying, 'PRO'::character varying)");
    assertThat(CheckSources.inList(
        "((\"order\")::text <> ALL ((ARRAY['X'::character varying])::text[]))"))
        .contains("(\"order\") NOT IN ('X'::character varying)");
  }

  @Test
  void checksThatAreTheirOwnSourceHaveNoOther() {
    assertThat(CheckSources.inList("((n >= 0) AND (n <= 2))")).isEmpty();
    assertThat(CheckSources.inList("(mood = ANY (ARRAY['HAPPY'::mood, 'SAD'::mood]))")).isEmpty();
    assertThat(CheckSources.inList(
        "(((tier)::text = ANY ((ARRAY['FREE'::character varying])::text[])) AND (n > 0))")).isEmpty();
  }
}
