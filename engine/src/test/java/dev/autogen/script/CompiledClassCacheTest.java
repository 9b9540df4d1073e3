package dev.autogen.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.PostgresDialect;
import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Operations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledClassCacheTest {

  @TempDir
  Path location;

  @TempDir
  Path cache;

  @Test
  void secondLoadOfUnchangedSourcesCompilesNothingAndAnEditRecompilesOnlyThatFile() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    sources.write("a91c0e5d22f0", null, "one", "op.execute(\"SELECT 1\");", "");
    Path second = sources.write("3f2a9c41b7de", "a91c0e5d22f0", "two", "op.execute(\"SELECT 2\");", "");
    List<Path> files = new ScriptDirectory(location).sources();

    new MigrationLoader(List.of(), cache).load(files);
    assertThat(entries()).hasSize(2);

    CompiledClassCache store = new CompiledClassCache(cache, List.of());
    String key = store.key(second);
    assertThat(store.get(key)).isPresent();

    Files.writeString(second, Files.readString(second).replace("SELECT 2", "SELECT 22"));
    List<LoadedRevision> reloaded = new MigrationLoader(List.of(), cache).load(files);

    assertThat(entries()).hasSize(3); // the edited file got a new entry, the other was reused
    assertThat(statementsOf(reloaded, "3f2a9c41b7de")).containsExactly("SELECT 22");
  }

  @Test
  void aBrokenEntryIsRecompiledNotTrusted() throws Exception {
    MigrationSources sources = new MigrationSources(location);
    Path only = sources.write("a91c0e5d22f0", null, "one", "op.execute(\"SELECT 1\");", "");
    CompiledClassCache store = new CompiledClassCache(cache, List.of());
    Files.createDirectories(cache.resolve(store.key(only))); // an empty entry, as a crash might leave

    List<LoadedRevision> loaded = new MigrationLoader(List.of(), cache).load(List.of(only));

    assertThat(statementsOf(loaded, "a91c0e5d22f0")).containsExactly("SELECT 1");
  }

  private List<String> statementsOf(List<LoadedRevision> revisions, String id) {
    List<String> statements = new ArrayList<>();
    revisions.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow()
        .newInstance().upgrade(new Operations(new PostgresDialect(), statements::add));
    return statements;
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> list = Files.list(cache)) {
      return list.filter(Files::isDirectory).toList();
    }
  }
}
