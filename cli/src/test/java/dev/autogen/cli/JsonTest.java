package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void stringsWithQuotesControlCharactersAndNonAsciiReadBackUnchanged() {
    String nasty = "it's \"quoted\" \\ back\\slash\ttab\nnew line\r\u0000\u001f \u2028 é 😀 </script>";

    Object read = JsonParser.parse(Json.write(List.of(nasty)));

    assertThat(read).isEqualTo(List.of(nasty));
  }

  @Test
  void mapsKeepTheirOrderAndNestedValuesTheirTypes() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("id", "0123456789ab");
    value.put("file", Path.of("/tmp/R0123456789ab_X.java"));
    value.put("head", true);
    value.put("count", 3);
    value.put("missing", null);
    value.put("absent", Optional.empty());
    value.put("parents", List.of());
    value.put("nested", List.of(Map.of("a", false)));

    String json = Json.write(value);

    assertThat(json).isEqualTo("{\"id\":\"0123456789ab\",\"file\":\"/tmp/R0123456789ab_X.java\",\"head\":true,"
        + "\"count\":3,\"missing\":null,\"absent\":null,\"parents\":[],\"nested\":[{\"a\":false}]}");
    assertThat(JsonParser.object(json)).containsEntry("count", 3.0).containsEntry("missing", null)
        .containsEntry("nested", List.of(Map.of("a", false)));
  }

  @Test
  void theTestParserRejectsWhatIsNotJson() {
    for (String invalid : Arrays.asList("", "{", "{\"a\":1,}", "[1 2]", "\"a\nb\"", "{'a':1}", "{\"a\":1}x", "01")) {
      assertThatThrownBy(() -> JsonParser.parse(invalid)).as(invalid).isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void valuesWithoutAJsonFormAreRefused() {
    assertThatThrownBy(() -> Json.write(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no JSON form for java.lang.Object");
  }
}
