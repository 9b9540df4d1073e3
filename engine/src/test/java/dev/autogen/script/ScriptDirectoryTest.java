package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {

  @TempDir
  Path root;

  @Test
  void listsJavaSourcesSortedByName() throws Exception {
    Path versions = Files.createDirectories(root.resolve("migrations/versions"));
    Files.writeString(versions.resolve("R2_b.java"), "");
    Files.writeString(versions.resolve("R1_a.java"), "");
    Files.writeString(versions.resolve("notes.txt"), "");

    ScriptDirectory scripts = new ScriptDirectory(root.resolve("migrations"));

    assertThat(scripts.sources()).containsExactly(versions.resolve("R1_a.java"), versions.resolve("R2_b.java"));
  }

  @Test
  void writesNewSourcesButNeverOverwrites() throws Exception {
    Files.createDirectories(root.resolve("migrations/versions"));
    ScriptDirectory scripts = new ScriptDirectory(root.resolve("migrations"));

    Path written = scripts.write("R1_a.java", "class R1_a {}");

    assertThat(written).hasContent("class R1_a {}");
    assertThatThrownBy(() -> scripts.write("R1_a.java", "changed"))
        .isInstanceOf(ScriptException.class)
        .hasMessageEndingWith("R1_a.java' already exists; refusing to overwrite it");
    assertThat(written).hasContent("class R1_a {}");
  }

  @Test
  void missingDirectoryTellsHowToCreateIt() {
    ScriptDirectory scripts = new ScriptDirectory(Path.of("migrations"));

    assertThatThrownBy(scripts::sources)
        .isInstanceOf(ScriptException.class)
        .hasMessage("script directory 'migrations/versions' not found; run 'autogen init migrations' first");
  }
}
