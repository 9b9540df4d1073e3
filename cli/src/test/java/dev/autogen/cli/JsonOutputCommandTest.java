package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --json} of the commands that need no database: standard output is exactly one JSON document. */
class JsonOutputCommandTest {

  private static final String BASE = "aaaaaaaaaaa1";
  private static final String NEXT = "bbbbbbbbbbb2";

  @TempDir
  Path directory;

  private CliProject project() {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = embedded");
    return project;
  }

  @Test
  void revisionReportsTheFileItWroteAndItsOperations() throws Exception {
    CliProject project = project();

    CliResult result = project.succeed("revision", "--json", "-m", "say \"hi\"", "--rev-id", BASE);

    Map<String, Object> json = JsonParser.object(result.out());
    assertThat(json.keySet()).containsExactly("id", "file", "operations", "warnings");
    assertThat(json).containsEntry("id", BASE).containsEntry("operations", List.of())
        .containsEntry("warnings", List.of());
    Path file = Path.of((String) json.get("file"));
    assertThat(file).isAbsolute().hasParent(project.versions());
    assertThat(Files.readString(file)).contains("message = \"say \\\"hi\\\"\"");
    assertThat(result.outLines()).hasSize(1);
  }

  @Test
  void headsAndHistoryListTheRevisionsWithTheirGraph() {
    CliProject project = project();
    project.succeed("revision", "-m", "base", "--rev-id", BASE);
    project.succeed("revision", "-m", "next", "--rev-id", NEXT, "--branch-label", "shop");

    Map<String, Object> heads = JsonParser.object(project.succeed("heads", "--json").out());
    Map<String, Object> history = JsonParser.object(project.succeed("history", "--json").out());

    assertThat(heads).containsOnlyKeys("heads");
    assertThat(ids(heads.get("heads"))).containsExactly(NEXT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> revisions = (List<Map<String, Object>>) history.get("revisions");
    assertThat(ids(revisions)).containsExactly(NEXT, BASE);
    Map<String, Object> next = revisions.get(0);
    assertThat(next.keySet()).containsExactly("id", "parents", "message", "created", "file", "branch_labels",
        "depends_on", "head", "current");
    assertThat(next).containsEntry("parents", List.of(BASE)).containsEntry("message", "next")
        .containsEntry("branch_labels", List.of("shop")).containsEntry("depends_on", List.of())
        .containsEntry("head", true).containsEntry("current", null);
    assertThat((String) next.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(revisions.get(1)).containsEntry("parents", List.of()).containsEntry("head", false);
    assertThat(heads.get("heads")).asList().first().isEqualTo(withoutStatus(next));
  }

  @Test
  void historyJsonRefusesTheOptionsItDoesNotApply() {
    CliProject project = project();

    CliResult result = project.command("history", "--json", "-r", "base:head");

    // a usage error, as --log with -r is
    assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.errLines()).first().isEqualTo("--json lists every revision; --log and -r do not apply to it");
  }

  private static Map<String, Object> withoutStatus(Map<String, Object> revision) {
    Map<String, Object> copy = new LinkedHashMap<>(revision);
    copy.remove("head");
    copy.remove("current");
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> ids(Object revisions) {
    return ((List<Map<String, Object>>) revisions).stream().map(revision -> revision.get("id")).toList();
  }
}
