package dev.autogen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

  private static int clock;

  // a1 <- b2 <- c3, declared out of order
  private final RevisionGraph linear =
      new RevisionGraph(List.of(revision("c3", "b2"), revision("a1"), revision("b2", "a1")));

  // two branches off a1 (b2 and c3), joined again by m4
  private final RevisionInfo base = revision("a1");
  private final RevisionInfo left = revision("b2", "a1");
  private final RevisionInfo right = revision("c3", "a1");
  private final RevisionInfo merge = revision("m4", "b2", "c3");

  /** A revision created after every earlier one, so that creation order is declaration order. */
  private static RevisionInfo revision(String id, String... parents) {
    clock++;
    return new RevisionInfo(id, List.of(parents), "make " + id, String.format("2026-01-01T00:%04dZ", clock),
        Path.of("migrations/versions/R" + id + ".java"));
  }

  private static List<String> ids(List<RevisionInfo> revisions) {
    return revisions.stream().map(RevisionInfo::id).collect(Collectors.toList());
  }

  private static List<String> stepIds(List<Step> steps) {
    return steps.stream().map(step -> step.revision().id()).collect(Collectors.toList());
  }

  // --- a linear chain

  @Test
  void linearChainHasOneHeadOneBaseAndNewestFirstHistory() {
    assertThat(ids(linear.heads())).containsExactly("c3");
    assertThat(ids(linear.bases())).containsExactly("a1");
    assertThat(ids(linear.history())).containsExactly("c3", "b2", "a1");
    assertThat(linear.get("b2").parents()).containsExactly("a1");
  }

  @Test
  void historyDoesNotDependOnInputOrder() {
    List<RevisionInfo> shuffled = new ArrayList<>(linear.history());
    Collections.shuffle(shuffled);

    assertThat(ids(new RevisionGraph(shuffled).history())).containsExactly("c3", "b2", "a1");
  }

  @Test
  void upgradesFromBaseToHeadRecordingEachMove() {
    List<Step> steps = linear.upgradeSteps(Set.of(), "head");

    assertThat(stepIds(steps)).containsExactly("a1", "b2", "c3");
    assertThat(steps).allMatch(step -> step.direction() == Direction.UPGRADE);
    assertThat(steps.get(0).headsBefore()).isEmpty();
    assertThat(steps.get(0).headsAfter()).containsExactly("a1");
    assertThat(steps.get(2).headsBefore()).containsExactly("b2");
    assertThat(steps.get(2).headsAfter()).containsExactly("c3");
  }

  @Test
  void upgradeToAnAppliedRevisionDoesNothing() {
    assertThat(linear.upgradeSteps(Set.of("c3"), "head")).isEmpty();
    assertThat(linear.upgradeSteps(Set.of("c3"), "a1")).isEmpty();
  }

  @Test
  void downgradesChildrenFirst() {
    List<Step> steps = linear.downgradeSteps(Set.of("c3"), "base");

    assertThat(stepIds(steps)).containsExactly("c3", "b2", "a1");
    assertThat(steps).allMatch(step -> step.direction() == Direction.DOWNGRADE);
    assertThat(steps.get(0).headsAfter()).containsExactly("b2");
    assertThat(steps.get(2).headsAfter()).isEmpty();
    assertThat(stepIds(linear.downgradeSteps(Set.of("c3"), "a1"))).containsExactly("c3", "b2");
  }

  @Test
  void relativeTargetsWalkFromTheCurrentRevision() {
    assertThat(stepIds(linear.upgradeSteps(Set.of(), "+2"))).containsExactly("a1", "b2");
    assertThat(stepIds(linear.upgradeSteps(Set.of("a1"), "+1"))).containsExactly("b2");
    assertThat(stepIds(linear.downgradeSteps(Set.of("c3"), "-1"))).containsExactly("c3");
    assertThat(stepIds(linear.downgradeSteps(Set.of("b2"), "-2"))).containsExactly("b2", "a1");
  }

  @Test
  void relativeTargetsStopAtTheEnds() {
    assertThatThrownBy(() -> linear.upgradeSteps(Set.of("b2"), "+2"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Relative revision '+2' walks past the head");
    assertThatThrownBy(() -> linear.downgradeSteps(Set.of("b2"), "-3"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Relative revision '-3' walks past base");
    assertThatThrownBy(() -> linear.downgradeSteps(Set.of(), "-1"))
        .hasMessage("Relative revision '-1' walks past base");
  }

  @Test
  void downgradeTargetMustBeApplied() {
    assertThatThrownBy(() -> linear.downgradeSteps(Set.of("a1"), "c3"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revision c3 is not applied (current: a1); it is no downgrade target");
  }

  @Test
  void unknownCurrentRevisionIsReported() {
    assertThatThrownBy(() -> linear.upgradeSteps(Set.of("ff"), "head"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Can't locate revision identified by 'ff' (the database's version table names it)");
  }

  // --- target names

  @Test
  void resolvesKeywordsFullIdsAndUniquePrefixes() {
    RevisionGraph graph = prefixed();

    assertThat(graph.resolve("head", Set.of())).containsExactly("cd56");
    assertThat(graph.resolve("heads", Set.of())).containsExactly("cd56");
    assertThat(graph.resolve("base", Set.of("cd56"))).isEmpty();
    assertThat(graph.resolve("ab34", Set.of())).containsExactly("ab34");
    assertThat(graph.resolve("ab3", Set.of())).containsExactly("ab34");
    assertThat(graph.resolve("c", Set.of())).containsExactly("cd56");
    assertThat(stepIds(graph.upgradeSteps(Set.of(), "ab3"))).containsExactly("ab12", "ab34");
  }

  @Test
  void ambiguousPrefixListsTheCandidates() {
    assertThatThrownBy(() -> prefixed().resolve("ab", Set.of()))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revision prefix 'ab' is ambiguous; it matches ab12, ab34");
  }

  @Test
  void unknownTargetIsReported() {
    assertThatThrownBy(() -> prefixed().resolve("xyz", Set.of()))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Can't locate revision identified by 'xyz'");
    assertThatThrownBy(() -> prefixed().get("ab")).hasMessage("Can't locate revision identified by 'ab'");
  }

  private static RevisionGraph prefixed() {
    return new RevisionGraph(List.of(revision("ab12"), revision("ab34", "ab12"), revision("cd56", "ab34")));
  }

  // --- branches and merges

  @Test
  void twoHeadsMakeHeadAmbiguous() {
    RevisionGraph graph = new RevisionGraph(List.of(base, left, right));

    assertThat(ids(graph.heads())).containsExactly("c3", "b2");
    assertThatThrownBy(() -> graph.upgradeSteps(Set.of(), "head"))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Multiple heads are present (c3, b2); name one of them, or use 'heads' for all");
    List<Step> steps = graph.upgradeSteps(Set.of(), "heads");
    assertThat(stepIds(steps)).containsExactly("a1", "b2", "c3");
    assertThat(steps.get(2).headsAfter()).containsExactlyInAnyOrder("b2", "c3");
  }

  @Test
  void relativeTargetNeedsOneCurrentRevisionAndOneWayToGo() {
    RevisionGraph graph = new RevisionGraph(List.of(base, left, right));

    assertThatThrownBy(() -> graph.downgradeSteps(Set.of("b2", "c3"), "-1"))
        .hasMessage("Relative revision '-1' needs a single current revision, but the heads are b2, c3");
    assertThatThrownBy(() -> graph.upgradeSteps(Set.of("a1"), "+1"))
        .hasMessage("Relative revision '+1' is ambiguous: a1 leads to b2, c3");
  }

  @Test
  void mergeJoinsTheHeads() {
    RevisionGraph graph = new RevisionGraph(List.of(merge, right, left, base));

    assertThat(ids(graph.heads())).containsExactly("m4");
    assertThat(ids(graph.bases())).containsExactly("a1");
    assertThat(ids(graph.history())).containsExactly("m4", "c3", "b2", "a1");

    List<Step> up = graph.upgradeSteps(Set.of(), "head");
    assertThat(stepIds(up)).containsExactly("a1", "b2", "c3", "m4");
    assertThat(up.get(3).headsBefore()).containsExactlyInAnyOrder("b2", "c3");
    assertThat(up.get(3).headsAfter()).containsExactly("m4");

    List<Step> down = graph.downgradeSteps(Set.of("m4"), "base");
    assertThat(stepIds(down)).containsExactly("m4", "c3", "b2", "a1");
    assertThat(down.get(0).headsAfter()).containsExactlyInAnyOrder("b2", "c3");
    assertThat(down.get(1).headsAfter()).containsExactly("b2");
  }

  @Test
  void downgradeLeavesOtherBranchesAlone() {
    RevisionGraph graph = new RevisionGraph(List.of(base, left, right, revision("d5", "b2")));

    List<Step> steps = graph.downgradeSteps(Set.of("d5", "c3"), "b2");

    assertThat(stepIds(steps)).containsExactly("d5");
    assertThat(steps.get(0).headsAfter()).containsExactlyInAnyOrder("b2", "c3");
  }

  // --- validation

  @Test
  void missingParentNamesTheFileAndTheId() {
    assertThatThrownBy(() -> new RevisionGraph(List.of(revision("a1"), revision("b2", "ff"))))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revision b2 (migrations/versions/Rb2.java) revises 'ff', which does not exist");
  }

  @Test
  void cycleIsReportedWithItsRevisions() {
    List<RevisionInfo> revisions = List.of(
        revision("a1"), revision("b2", "a1", "d4"), revision("c3", "b2"), revision("d4", "c3"));

    assertThatThrownBy(() -> new RevisionGraph(revisions))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revisions form a cycle: b2, c3, d4");
  }

  @Test
  void revisionRevisingItselfIsACycle() {
    assertThatThrownBy(() -> new RevisionGraph(List.of(revision("a1", "a1"))))
        .hasMessage("Revisions form a cycle: a1");
  }

  @Test
  void duplicateIdNamesBothOrigins() {
    RevisionInfo other = new RevisionInfo("a1", List.of(), "", "", Path.of("migrations/versions/Other.java"));

    assertThatThrownBy(() -> new RevisionGraph(List.of(base, other)))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Revision id 'a1' is declared twice: by migrations/versions/Ra1.java"
            + " and by migrations/versions/Other.java");
  }

  @Test
  void emptyGraphHasNothingToDo() {
    RevisionGraph graph = new RevisionGraph(List.of());

    assertThat(graph.heads()).isEmpty();
    assertThat(graph.upgradeSteps(Set.of(), "head")).isEmpty();
    assertThat(graph.downgradeSteps(Set.of(), "base")).isEmpty();
  }

  // --- branch labels, dependencies and targets relative to a revision

  private static RevisionInfo labelled(String id, String label, String... parents) {
    RevisionInfo plain = revision(id, parents);
    return new RevisionInfo(id, plain.parents(), plain.message(), plain.created(), plain.source(), List.of(label),
        List.of());
  }

  private static RevisionInfo depending(String id, String dependency, String... parents) {
    RevisionInfo plain = revision(id, parents);
    return new RevisionInfo(id, plain.parents(), plain.message(), plain.created(), plain.source(), List.of(),
        List.of(dependency));
  }

  @Test
  void branchLabelsNameTheHeadAndTheStartOfTheirBranch() {
    // a1 <- b2 (shop) <- b3, and a1 <- c2 (auth)
    RevisionGraph graph = new RevisionGraph(List.of(
        revision("a1"), labelled("b2", "shop", "a1"), revision("b3", "b2"), labelled("c2", "auth", "a1")));

    assertThat(graph.resolve("shop@head", Set.of())).containsExactly("b3");
    assertThat(graph.resolve("shop", Set.of())).containsExactly("b3");
    assertThat(graph.resolve("auth@head", Set.of())).containsExactly("c2");
    assertThat(graph.resolve("shop@base", Set.of())).containsExactly("a1");
    assertThat(stepIds(graph.upgradeSteps(Set.of(), "shop@head"))).containsExactly("a1", "b2", "b3");
  }

  @Test
  void downgradeToBranchBaseRevertsOnlyThatBranch() {
    RevisionGraph graph = new RevisionGraph(List.of(
        revision("a1"), labelled("b2", "shop", "a1"), revision("b3", "b2"), labelled("c2", "auth", "a1")));

    List<Step> steps = graph.downgradeSteps(Set.of("b3", "c2"), "shop@base");

    assertThat(stepIds(steps)).containsExactly("b3", "b2");
    assertThat(steps.get(1).headsAfter()).containsExactly("c2");
  }

  @Test
  void branchLabelUsedTwiceIsRefused() {
    assertThatThrownBy(() -> new RevisionGraph(List.of(labelled("a1", "shop"), labelled("b2", "shop", "a1"))))
        .isInstanceOf(RevisionException.class)
        .hasMessage("Branch label 'shop' in revision b2 (migrations/versions/Rb2.java) is already used by revision"
            + " a1 (migrations/versions/Ra1.java)");
  }

  @Test
  void targetsRelativeToARevisionWalkFromIt() {
    assertThat(linear.resolve("a1+2", Set.of())).containsExactly("c3");
    assertThat(linear.resolve("c3-1", Set.of())).containsExactly("b2");
    assertThat(linear.resolve("b2-1", Set.of("c3"))).containsExactly("a1");
    assertThat(linear.resolve("a1-1", Set.of())).isEmpty();
    assertThatThrownBy(() -> linear.resolve("b2+2", Set.of()))
        .hasMessage("Relative revision 'b2+2' walks past the head");
    assertThatThrownBy(() -> linear.resolve("b2-3", Set.of()))
        .hasMessage("Relative revision 'b2-3' walks past base");
  }

  @Test
  void upgradeHeadsRunsBothBranchesThenTheMerge() {
    RevisionGraph graph = new RevisionGraph(List.of(merge, right, base, left));

    List<Step> steps = graph.upgradeSteps(Set.of(), "heads");

    assertThat(stepIds(steps)).containsExactly("a1", "b2", "c3", "m4");
    assertThat(steps.get(2).headsAfter()).containsExactlyInAnyOrder("b2", "c3");
    assertThat(steps.get(3).headsAfter()).containsExactly("m4");
  }

  @Test
  void dependencyIsAppliedFirstWithoutBecomingAParent() {
    // a1 <- b2 and a1 <- c2, where c2 depends on b2
    RevisionGraph graph = new RevisionGraph(List.of(revision("a1"), depending("c2", "b2", "a1"), revision("b2", "a1")));

    assertThat(ids(graph.heads())).containsExactlyInAnyOrder("b2", "c2");
    List<Step> up = graph.upgradeSteps(Set.of(), "c2");
    assertThat(stepIds(up)).containsExactly("a1", "b2", "c2");
    assertThat(up.get(2).headsAfter()).containsExactlyInAnyOrder("b2", "c2");
    // reverting the dependency takes what depends on it along
    assertThat(stepIds(graph.downgradeSteps(Set.of("b2", "c2"), "a1"))).containsExactly("c2", "b2");
  }

  @Test
  void dependencyOnAMissingRevisionIsReported() {
    assertThatThrownBy(() -> new RevisionGraph(List.of(revision("a1"), depending("b2", "ff", "a1"))))
        .hasMessage("Revision b2 (migrations/versions/Rb2.java) depends on 'ff', which does not exist");
  }

  @Test
  void cycleNamesOnlyItsMembersNotWhatHangsBelowIt() {
    List<RevisionInfo> revisions = List.of(
        revision("a1"), revision("b2", "a1", "c3"), revision("c3", "b2"), revision("d4", "c3"));

    assertThatThrownBy(() -> new RevisionGraph(revisions)).hasMessage("Revisions form a cycle: b2, c3");
  }

  @Test
  void stampReplacesTheHeadOnItsLineAndKeepsOtherBranches() {
    RevisionGraph graph = new RevisionGraph(List.of(base, left, right, merge));

    assertThat(graph.stamp(Set.of(), "heads")).containsExactly("m4");
    assertThat(graph.stamp(Set.of("m4"), "b2")).containsExactly("b2");
    assertThat(graph.stamp(Set.of("b2"), "c3")).containsExactlyInAnyOrder("b2", "c3");
    assertThat(graph.stamp(Set.of("b2", "c3"), "a1")).containsExactly("a1");
    assertThat(graph.stamp(Set.of("b2"), "base")).isEmpty();
  }
}
