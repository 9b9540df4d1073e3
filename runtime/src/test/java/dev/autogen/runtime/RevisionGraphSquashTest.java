package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A squash in the graph: s9 revises a1 and replaces b2..e6 (c3 and d4 branch off b2, m5 joins them, e6 follows);
 * f7 was written on e6. Databases before, inside and past the range, with the replaced files kept or deleted.
 */
class RevisionGraphSquashTest {

  private static int clock;

  private static RevisionInfo revision(String id, String... parents) {
    clock++;
    return new RevisionInfo(id, List.of(parents), "make " + id, String.format("2026-01-01T00:%04dZ", clock),
        Path.of("migrations/versions/R" + id + ".java"));
  }

  private final RevisionInfo a1 = revision("a1");
  private final List<RevisionInfo> range = List.of(revision("b2", "a1"), revision("c3", "b2"), revision("d4", "b2"),
      revision("m5", "c3", "d4"), revision("e6", "m5"));
  private final RevisionInfo f7 = revision("f7", "e6");
  private final RevisionInfo s9 = new RevisionInfo("s9", List.of("a1"), "squash", "2026-02-01T00:00Z",
      Path.of("migrations/versions/Rs9.java"), List.of(), List.of(), true, List.of("b2", "c3", "d4", "m5", "e6"));

  private RevisionGraph withReplacedFiles() {
    List<RevisionInfo> all = new ArrayList<>(range);
    all.addAll(List.of(f7, s9, a1));
    return new RevisionGraph(all);
  }

  private RevisionGraph withoutReplacedFiles() {
    return new RevisionGraph(List.of(f7, a1, s9));
  }

  private static List<String> stepIds(List<Step> steps) {
    return steps.stream().map(step -> step.revision().id()).toList();
  }

  @Test
  void theSquashStandsForItsRangeInHistoryAndHeads() {
    for (RevisionGraph graph : List.of(withReplacedFiles(), withoutReplacedFiles())) {
      assertThat(graph.history()).extracting(RevisionInfo::id).containsExactly("f7", "s9", "a1");
      assertThat(graph.get("f7").parents()).as("f7 revised e6, the range's end").containsExactly("s9");
      assertThat(graph.heads()).extracting(RevisionInfo::id).containsExactly("f7");
      assertThat(graph.squashOf("c3")).contains(s9);
      assertThat(graph.contains("e6")).isTrue();
    }
  }

  @Test
  void aFreshDatabaseRunsTheSquashInsteadOfTheRange() {
    assertThat(stepIds(withReplacedFiles().upgradeSteps(Set.of(), "head"))).containsExactly("a1", "s9", "f7");
    assertThat(stepIds(withReplacedFiles().upgradeSteps(Set.of("a1"), "head"))).containsExactly("s9", "f7");
  }

  @Test
  void aDatabaseAtTheRangesEndRunsNothingAgainAndKeepsItsVersionRowInStep() {
    for (RevisionGraph graph : List.of(withReplacedFiles(), withoutReplacedFiles())) {
      List<Step> steps = graph.upgradeSteps(Set.of("e6"), "head");

      assertThat(stepIds(steps)).containsExactly("f7");
      assertThat(steps.get(0).headsBefore()).as("the row the version table holds").containsExactly("e6");
      assertThat(steps.get(0).headsAfter()).containsExactly("f7");
      assertThat(graph.upgradeSteps(Set.of("f7"), "head")).isEmpty();
      assertThat(graph.upgradeSteps(Set.of("e6"), "s9")).isEmpty();
    }
  }

  @Test
  void aDatabaseInsideTheRangeIsFinishedByTheReplacedRevisionsThenGoesOn() {
    List<Step> steps = withReplacedFiles().upgradeSteps(Set.of("c3"), "head");

    assertThat(stepIds(steps)).containsExactly("d4", "m5", "e6", "f7");
    assertThat(steps.get(3).headsBefore()).containsExactly("e6");
    assertThat(stepIds(withReplacedFiles().upgradeSteps(Set.of("c3"), "m5"))).containsExactly("d4", "m5");
  }

  @Test
  void aDatabaseInsideTheRangeNeedsTheReplacedFiles() {
    assertThatThrownBy(() -> withoutReplacedFiles().upgradeSteps(Set.of("c3"), "head"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("The database is at c3, inside the range revision s9 (migrations/versions/Rs9.java) squashes,"
            + " and the files of b2, c3, d4, m5, e6 are gone; restore them to bring it to e6 (the squash stands for"
            + " the whole range only)");
  }

  @Test
  void downgradesRevertTheSquashWhateverRowTheDatabaseHolds() {
    RevisionGraph graph = withReplacedFiles();
    List<Step> fromEnd = graph.downgradeSteps(Set.of("e6"), "a1");
    assertThat(stepIds(fromEnd)).containsExactly("s9");
    assertThat(fromEnd.get(0).headsBefore()).containsExactly("e6");
    assertThat(fromEnd.get(0).headsAfter()).containsExactly("a1");

    assertThat(stepIds(graph.downgradeSteps(Set.of("f7"), "base"))).containsExactly("f7", "s9", "a1");
    assertThat(stepIds(graph.downgradeSteps(Set.of("e6"), "-1"))).containsExactly("s9");
    assertThat(stepIds(graph.downgradeSteps(Set.of("m5"), "b2"))).as("inside: the range as it was")
        .containsExactly("m5", "d4", "c3");
  }

  @Test
  void stampAndTargetsNameTheSquashOrItsEnd() {
    RevisionGraph graph = withReplacedFiles();
    assertThat(graph.resolve("e6", Set.of())).containsExactly("s9");
    assertThat(graph.stamp(Set.of("e6"), "f7")).containsExactly("f7");
    assertThat(graph.stamp(Set.of("f7"), "e6")).containsExactly("s9");
    assertThatThrownBy(() -> graph.resolve("c3", Set.of()))
        .hasMessage("Revision c3 is inside the range revision s9 (migrations/versions/Rs9.java) squashes;"
            + " name s9 or a revision outside the range");
  }

  @Test
  void aRevisionMayBuildOnTheRangesEndOnly() {
    RevisionInfo offTheMiddle = revision("x8", "c3");
    List<RevisionInfo> all = new ArrayList<>(Stream.concat(range.stream(), Stream.of(a1, s9, offTheMiddle)).toList());

    assertThatThrownBy(() -> new RevisionGraph(all))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revision x8 (migrations/versions/Rx8.java) builds on c3, inside the range revision s9"
            + " (migrations/versions/Rs9.java) squashes; only the last of the range (e6) can be built on");
  }

  @Test
  void aSquashOfSquashesCountsTheFirstSquashesEndInsideTheSecond() {
    // t0 squashes s9 (which squashes b2..e6) and f7: a database at e6 is inside t0's range, one at f7 past it
    RevisionInfo g8 = revision("g8", "f7");
    RevisionInfo t0 = new RevisionInfo("t0", List.of("a1"), "again", "2026-03-01T00:00Z", null, List.of(),
        List.of(), true, List.of("s9", "f7"));
    List<RevisionInfo> all = new ArrayList<>(range);
    all.addAll(List.of(a1, s9, f7, g8, t0));
    RevisionGraph graph = new RevisionGraph(all);

    assertThat(graph.history()).extracting(RevisionInfo::id).containsExactly("g8", "t0", "a1");
    assertThat(stepIds(graph.upgradeSteps(Set.of("f7"), "head"))).containsExactly("g8");
    assertThat(stepIds(graph.upgradeSteps(Set.of("e6"), "head"))).containsExactly("f7", "g8");
    assertThat(stepIds(graph.upgradeSteps(Set.of("c3"), "head"))).containsExactly("d4", "m5", "e6", "f7", "g8");
    assertThat(graph.standingFor(Set.of("e6"))).containsExactly("a1");
  }

  @Test
  void aRevisionReplacedTwiceIsRefused() {
    RevisionInfo other = new RevisionInfo("t0", List.of("a1"), "", "", null, List.of(), List.of(), true,
        List.of("e6"));

    assertThatThrownBy(() -> new RevisionGraph(List.of(a1, s9, other)))
        .hasMessageContaining("replaces e6, which revision");
  }
}
