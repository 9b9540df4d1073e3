package dev.autogen.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.PostgresDatabaseExtension;
import dev.autogen.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus model through the whole workflow, as the command line runs it (see {@link CorpusProtocol}). What it
 * observes must be exactly the model's known differences: a new one is a regression, and one that is gone means a
 * fix landed and its entry must be taken out of {@link CorpusModels}.
 */
@ExtendWith(PostgresDatabaseExtension.class)
class CorpusProtocolIT {

  /** Every model, or those {@code -Dcorpus.models=keycloak,axon} names. */
  static Stream<CorpusModel> models() {
    String wanted = System.getProperty("corpus.models", "");
    List<String> names = wanted.isBlank() ? List.of() : List.of(wanted.split(","));
    return CorpusModels.all().filter(model -> names.isEmpty() || names.contains(model.name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void theWorkflowOnAPublishedModelFindsOnlyItsKnownDifferences(CorpusModel model, TestDatabase migrated,
      TestDatabase exported, TestDatabase scripted, @TempDir Path dir) {
    CorpusProtocol protocol = CorpusProtocol.run(model, dir, migrated, exported, scripted);

    assertThat(protocol.observations())
        .as("what the workflow observed on %s, against its known differences", model)
        .containsExactlyElementsOf(model.knownObservations());
    assertThat(protocol.entityTables()).as("tables %s maps", model).isEqualTo(model.tableCount());
  }
}
