package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.runtime.RevisionInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionHeaderReaderTest {

  @TempDir
  Path location;

  private MigrationSources sources;
  private ScriptDirectory scripts;
  private final RevisionHeaderReader reader = new RevisionHeaderReader();

  @BeforeEach
  void createVersionsDirectory() throws Exception {
    sources = new MigrationSources(location);
    scripts = new ScriptDirectory(location);
  }

  @Test
  void readsWhatCompilingWouldWithoutCompiling() throws Exception {
    Path first = sources.write("a91c0e5d22f0", null, "create account",
        "op.createTable(\"account\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
        "op.dropTable(\"account\");");
    // does not compile (unknown helper), yet its header is readable: status commands never need javac's checks
    Path second = sources.write("3f2a9c41b7de", "a91c0e5d22f0", "add phone_number",
        "op.addColumn(\"account\", column(\"phone_number\", nosuchtype()));",
        "op.dropColumn(\"account\", \"phone_number\");");

    List<RevisionInfo> headers = reader.read(scripts.sources());

    assertThat(headers).containsExactlyInAnyOrder(
        new RevisionInfo("a91c0e5d22f0", List.of(), "create account", "", first),
        new RevisionInfo("3f2a9c41b7de", List.of("a91c0e5d22f0"), "add phone_number", "", second));
    // the same as the compiled annotation says, for a file that compiles
    assertThat(new MigrationLoader().load(List.of(first)).get(0).info()).isEqualTo(headers.stream()
        .filter(info -> info.id().equals("a91c0e5d22f0")).findFirst().orElseThrow());
  }

  @Test
  void readsBranchLabelsAndDependenciesAsCompilingWould() throws Exception {
    Path labelled = scripts.write("R0123456789ab_Shop.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "0123456789ab", revises = "a91c0e5d22f0", branchLabels = {"shop", "cart"},
            dependsOn = "3f2a9c41b7de")
        public final class R0123456789ab_Shop implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    RevisionInfo header = reader.read(List.of(labelled)).get(0);

    assertThat(header.branchLabels()).containsExactly("shop", "cart");
    assertThat(header.dependsOn()).containsExactly("3f2a9c41b7de");
    assertThat(new MigrationLoader().load(List.of(labelled)).get(0).info()).isEqualTo(header);
  }

  @Test
  void readsTransactionalAsCompilingWould() throws Exception {
    Path concurrent = scripts.write("R0123456789ab_Index.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "0123456789ab", transactional = false)
        public final class R0123456789ab_Index implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    RevisionInfo header = reader.read(List.of(concurrent)).get(0);

    assertThat(header.transactional()).isFalse();
    assertThat(new MigrationLoader().load(List.of(concurrent)).get(0).info()).isEqualTo(header);
  }

  @Test
  void transactionalMustBeABooleanLiteral() throws Exception {
    Path source = scripts.write("R0123456789ab_Index.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "0123456789ab",
            transactional = "false")
        public final class R0123456789ab_Index implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    assertThatThrownBy(() -> reader.read(List.of(source)))
        .isInstanceOf(ScriptException.class)
        .hasMessage(source + ":4: @Revision transactional must be the literal true or false, not '\"false\"'");
  }

  @Test
  void readsMergeParentsFromAnArray() throws Exception {
    Path merge = scripts.write("R0123456789ab_Merge.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "0123456789ab", revises = {"a91c0e5d22f0", "3f2a9c41b7de"}, message = "merge",
            created = "2026-11-25T12:04:11Z")
        public final class R0123456789ab_Merge implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    assertThat(reader.read(List.of(merge))).containsExactly(new RevisionInfo(
        "0123456789ab", List.of("a91c0e5d22f0", "3f2a9c41b7de"), "merge", "2026-11-25T12:04:11Z", merge));
  }

  @Test
  void readsWhatASquashReplacesAndRefusesAMalformedId() throws Exception {
    Path squash = scripts.write("R5ea5ed000000_Squash.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "5ea5ed000000", revises = "a91c0e5d22f0", replaces = {"3f2a9c41b7de", "0123456789ab"})
        public final class R5ea5ed000000_Squash implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    assertThat(reader.read(List.of(squash)).get(0).replaces()).containsExactly("3f2a9c41b7de", "0123456789ab");

    Files.writeString(squash, Files.readString(squash).replace("0123456789ab", "nope"));
    assertThatThrownBy(() -> reader.read(List.of(squash)))
        .isInstanceOf(ScriptException.class)
        .hasMessage(squash + ": revision id 'nope' is not 12 lowercase hexadecimal characters");
  }

  @Test
  void refusesMembersThatAreNotLiterals() throws Exception {
    Path source = scripts.write("R0123456789ab_Constant.java", """
        import dev.autogen.runtime.*;

        @Revision(id = Ids.THIS)
        public final class R0123456789ab_Constant implements Migration {
          public void upgrade(Operations op) {}
          public void downgrade(Operations op) {}
        }
        """);

    assertThatThrownBy(() -> reader.read(List.of(source)))
        .isInstanceOf(ScriptException.class)
        .hasMessage(source + ":3: @Revision members must be string literals, not 'Ids.THIS'");
  }

  @Test
  void syntaxErrorNamesFileAndLine() throws Exception {
    Path source = scripts.write("R0123456789ab_Broken.java", """
        import dev.autogen.runtime.*;

        @Revision(id = "0123456789ab")
        public final class R0123456789ab_Broken implements Migration {
          public void upgrade(Operations op) { op.execute("x") }
        }
        """);

    assertThatThrownBy(() -> reader.read(List.of(source)))
        .isInstanceOf(MigrationCompileException.class)
        .hasMessageStartingWith(source + ":5: ");
  }

  @Test
  void duplicateIdsNameBothFiles() throws Exception {
    Path first = sources.write("a91c0e5d22f0", null, "one", "", "");
    Path second = scripts.write("R_Other.java", Files.readString(first).replace("class R", "class Other_R"));

    assertThatThrownBy(() -> reader.read(scripts.sources()))
        .isInstanceOf(ScriptException.class)
        .hasMessageContaining("'a91c0e5d22f0' is declared twice")
        .hasMessageContaining(first.toString())
        .hasMessageContaining(second.toString());
  }
}
