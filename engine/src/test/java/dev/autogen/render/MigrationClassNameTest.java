package dev.autogen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationClassNameTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "add phone_number            | R3f2a9c41b7de_AddPhoneNumber",
      "Add user.phoneNumber (v2)!  | R3f2a9c41b7de_AddUserPhoneNumberV2",
      "2nd pass                    | R3f2a9c41b7de_2ndPass",
      "-- !!! --                   | R3f2a9c41b7de",
      "café au lait                | R3f2a9c41b7de_CafAuLait"})
  void camelCasesTheMessageAfterTheId(String message, String expected) {
    assertThat(MigrationClassName.of("3f2a9c41b7de", message)).isEqualTo(expected);
  }

  @Test
  void anEmptyMessageLeavesTheIdAlone() {
    assertThat(MigrationClassName.of("3f2a9c41b7de", "")).isEqualTo("R3f2a9c41b7de");
  }

  @Test
  void keepsWholeWordsWithinTheLimit() {
    String message = "add the billing address columns to the customer table";

    assertThat(MigrationClassName.of("3f2a9c41b7de", message))
        .isEqualTo("R3f2a9c41b7de_AddTheBillingAddressColumnsToTheCustomer");
  }

  @Test
  void cutsASingleWordLongerThanTheLimit() {
    String word = "x".repeat(MigrationClassName.MAX_MESSAGE_LENGTH + 5);

    assertThat(MigrationClassName.of("3f2a9c41b7de", word))
        .isEqualTo("R3f2a9c41b7de_X" + "x".repeat(MigrationClassName.MAX_MESSAGE_LENGTH - 1));
  }
}
