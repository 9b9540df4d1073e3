package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.CliProject.GeneratedRevision;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branches, labels, dependencies and merges through the command line, where no database is needed: the files
 * {@code revision} and {@code merge} write, what {@code heads}, {@code branches}, {@code history} and {@code show}
 * print of them, and the one-line errors of a graph that cannot be used.
 */
class BranchedHistoryCommandTest {

  private static final String BASE = "aaaaaaaaaaa1";
  private static final String LEFT = "bbbbbbbbbbb2";
  private static final String RIGHT = "ccccccccccc3";
  private static final String LEFT_MORE = "bbbbbbbbbbb4";
  private static final String MERGE = "ddddddddddd5";

  @TempDir
  Path directory;

  private CliProject project() {
    CliProject project = new CliProject(directory);
    project.init();
    project.config("url = embedded");
    return project;
  }

  /** base <- left (label left) <- left_more, and base <- right (label right): two heads. */
  private CliProject twoHeads() {
    CliProject project = project();
    project.succeed("revision", "-m", "base", "--rev-id", BASE);
    project.succeed("revision", "-m", "left", "--rev-id", LEFT, "--branch-label", "left");
    project.succeed("revision", "-m", "right", "--rev-id", RIGHT, "--head", BASE, "--splice", "--branch-label", "right");
    project.succeed("revision", "-m", "left more", "--rev-id", LEFT_MORE, "--head", "left@head");
    return project;
  }

  @Test
  void revisionOnABranchAndTheBranchPoint() {
    CliProject project = twoHeads();

    assertThat(project.succeed("heads").outLines())
        .containsExactlyInAnyOrder(LEFT_MORE + " (head)", RIGHT + " (head)");
    assertThat(project.succeed("branches").outLines()).containsExactly(
        "<base> -> " + BASE + " (branchpoint), base",
        "             -> " + BASE + " -> " + LEFT + " (left)",
        "             -> " + BASE + " -> " + RIGHT + " (right) (head)",
        "");
    assertThat(CliProject.read(sourceOf(project, RIGHT)))
        .contains("id = \"" + RIGHT + "\",\n    revises = \"" + BASE + "\",")
        .contains("branchLabels = \"right\"");
  }

  @Test
  void severalHeadsNeedHeadOrAMerge() {
    CliProject project = twoHeads();

    assertThat(project.failWithOneLine("revision", "-m", "next")).isEqualTo("ERROR: Multiple heads are present ("
        + LEFT_MORE + ", " + RIGHT + "); name the one to build on with --head, or join them first with"
        + " 'autogen merge heads'");
    assertThat(project.failWithOneLine("revision", "-m", "next", "--head", BASE)).isEqualTo(
        "ERROR: Revision " + BASE + " is not a head revision; use --splice to start a new branch from it");
    assertThat(project.failWithOneLine("revision", "-m", "next", "--head", RIGHT, "--branch-label", "left"))
        .startsWith("ERROR: Branch name 'left' is already used by revision " + LEFT + " (");
  }

  @Test
  void mergeJoinsTheHeadsAndHistoryShowsTheShape() {
    CliProject project = twoHeads();

    GeneratedRevision merge = CliProject.generated(project.succeed("merge", "-m", "join", "--rev-id", MERGE));

    assertThat(merge.source())
        .contains("revises = {\"" + LEFT_MORE + "\", \"" + RIGHT + "\"}")
        .contains("public void upgrade(Operations op) {\n  }");
    assertThat(project.succeed("heads").outLines()).containsExactly(MERGE + " (head)");
    // newest first; the branches' order among themselves follows the creation time
    assertThat(project.succeed("history").outLines())
        .startsWith(LEFT_MORE + ", " + RIGHT + " -> " + MERGE + " (head) (mergepoint), join")
        .endsWith("<base> -> " + BASE + " (branchpoint), base")
        .contains(BASE + " -> " + RIGHT + " (right), right")
        .containsSubsequence(LEFT + " -> " + LEFT_MORE + ", left more", BASE + " -> " + LEFT + " (left), left");
    assertThat(project.succeed("history", "-r", LEFT + ":" + MERGE).outLines()).containsExactly(
        LEFT_MORE + ", " + RIGHT + " -> " + MERGE + " (head) (mergepoint), join",
        LEFT + " -> " + LEFT_MORE + ", left more",
        BASE + " -> " + LEFT + " (left), left");
    assertThat(project.succeed("history", "-r", ":right").outLines()).first()
        .isEqualTo(LEFT_MORE + ", " + RIGHT + " -> " + MERGE + " (head) (mergepoint), join");
    assertThat(project.succeed("history", "-r", ":" + RIGHT).outLines()).containsExactly(
        BASE + " -> " + RIGHT + " (right), right",
        "<base> -> " + BASE + " (branchpoint), base");
    assertThat(project.failWithOneLine("merge", "-m", "again"))
        .isEqualTo("ERROR: merge needs at least two revisions; heads names only " + MERGE);
    assertThat(project.failWithOneLine("merge", LEFT, LEFT_MORE)).isEqualTo("ERROR: Revision " + LEFT
        + " is an ancestor of another revision to merge (" + LEFT_MORE + "); merge only revisions on separate branches");
  }

  @Test
  void showPrintsTheVerboseEntry() {
    CliProject project = twoHeads();

    assertThat(project.succeed("show", "cc").outLines()).containsExactly(
        "Rev: " + RIGHT + " (right) (head)",
        "Parent: " + BASE,
        "Branch names: right",
        "Path: " + Path.of("migrations", "versions").resolve(sourceOf(project, RIGHT).getFileName()),
        "",
        "    right",
        "",
        "    Create Date: " + createdOf(project, RIGHT),
        "");
    assertThat(project.succeed("show", "left@base").outLines()).contains("Branches into: " + LEFT + ", " + RIGHT);
    assertThat(project.succeed("show", LEFT_MORE + "-1").outLines()).first().isEqualTo("Rev: " + LEFT + " (left)");
  }

  @Test
  void dependsOnOrdersWithoutMerging() {
    CliProject project = project();
    project.succeed("revision", "-m", "base", "--rev-id", BASE);
    project.succeed("revision", "-m", "other", "--rev-id", RIGHT);
    // the dependent's id sorts before its dependency's, so only the dependency puts them in order
    GeneratedRevision dependent = CliProject.generated(project.succeed("revision", "-m", "needs other", "--rev-id",
        LEFT, "--head", BASE, "--splice", "--depends-on", "cccc"));

    assertThat(dependent.source()).contains("dependsOn = \"" + RIGHT + "\"");
    assertThat(project.succeed("heads").outLines()).containsExactlyInAnyOrder(LEFT + " (head)", RIGHT + " (head)");
    assertThat(project.succeed("history", "-r", LEFT + ":").outLines())
        .containsExactly(BASE + " (" + RIGHT + ") -> " + LEFT + " (head), needs other");
    assertThat(project.succeed("upgrade", "base:" + LEFT, "--sql").outLines())
        .filteredOn(line -> line.startsWith("-- Running"))
        .containsExactly("-- Running upgrade  -> " + BASE + ", base", "-- Running upgrade " + BASE + " -> " + RIGHT
            + ", other", "-- Running upgrade " + BASE + " -> " + LEFT + ", needs other");
  }

  // --- graphs and targets that cannot be used: one line each

  @Test
  void unknownAndAmbiguousRevisions() {
    CliProject project = project();
    project.succeed("revision", "-m", "one", "--rev-id", "aaaaaaaaaaa1");
    project.succeed("revision", "-m", "two", "--rev-id", "aaaaaaaaaab2");

    assertThat(project.failWithOneLine("show", "ffff"))
        .isEqualTo("ERROR: Can't locate revision identified by 'ffff'");
    assertThat(project.failWithOneLine("show", "aaaa"))
        .isEqualTo("ERROR: Revision prefix 'aaaa' is ambiguous; it matches aaaaaaaaaaa1, aaaaaaaaaab2");
    assertThat(project.failWithOneLine("upgrade", "base:+3", "--sql"))
        .isEqualTo("ERROR: Relative revision '+3' walks past the head");
    assertThat(project.failWithOneLine("show", "aaaaaaaaaab2-3"))
        .isEqualTo("ERROR: Relative revision 'aaaaaaaaaab2-3' walks past base");
    assertThat(project.failWithOneLine("history", "-r", "aaaaaaaaaab2"))
        .isEqualTo("ERROR: history range 'aaaaaaaaaab2' must be FROM:TO; either side may be left out, as in"
            + " base:head, a1b2:, :current");
  }

  @Test
  void cycleIsNamed() throws Exception {
    CliProject project = project();
    GeneratedRevision first = CliProject.generated(project.succeed("revision", "-m", "one", "--rev-id", BASE));
    project.succeed("revision", "-m", "two", "--rev-id", LEFT);
    project.succeed("revision", "-m", "three", "--rev-id", RIGHT);
    rewrite(first.file(), "id = \"" + BASE + "\"", "id = \"" + BASE + "\", revises = \"" + LEFT + "\"");

    assertThat(project.failWithOneLine("history"))
        .isEqualTo("ERROR: Revisions form a cycle: " + BASE + ", " + LEFT);
  }

  @Test
  void duplicateIdNamesBothFiles() throws Exception {
    CliProject project = project();
    GeneratedRevision first = CliProject.generated(project.succeed("revision", "-m", "one", "--rev-id", BASE));
    Path copy = first.file().resolveSibling("Copy.java");
    Files.copy(first.file(), copy);

    assertThat(project.failWithOneLine("heads")).isEqualTo(
        "ERROR: Revision id '" + BASE + "' is declared twice: in " + copy + " and in " + first.file());
  }

  @Test
  void missingParentIsNamed() throws Exception {
    CliProject project = project();
    project.succeed("revision", "-m", "one", "--rev-id", BASE);
    GeneratedRevision second = CliProject.generated(project.succeed("revision", "-m", "two", "--rev-id", LEFT));
    rewrite(second.file(), "revises = \"" + BASE + "\"", "revises = \"ffffffffffff\"");

    assertThat(project.failWithOneLine("history")).isEqualTo("ERROR: Revision " + LEFT + " (" + second.file()
        + ") revises 'ffffffffffff', which does not exist");
  }

  private static void rewrite(Path file, String from, String to) {
    String source = CliProject.read(file);
    assertThat(source).contains(from);
    CliProject.write(file, source.replace(from, to));
  }

  private static Path sourceOf(CliProject project, String id) {
    try (var files = Files.list(project.versions())) {
      return files.filter(file -> file.getFileName().toString().startsWith("R" + id)).findFirst().orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String createdOf(CliProject project, String id) {
    String source = CliProject.read(sourceOf(project, id));
    int start = source.indexOf("created = \"") + "created = \"".length();
    return source.substring(start, source.indexOf('"', start));
  }
}
