package dev.autogen.runtime.index;

import dev.autogen.runtime.LoadedRevision;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.RevisionException;
import dev.autogen.runtime.RevisionInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The migrations an application compiled with its own build, found through the {@link RevisionIndex}: no sources,
 * no compiler and no class path scanning at run time. An index that carries the annotation's fields (version 2)
 * gives revisions whose classes are loaded only when a step runs them, so a start with nothing pending loads none.
 */
public final class CompiledRevisions {

  private CompiledRevisions() {
  }

  /**
   * The indexed revisions in {@code packages} (each with its subpackages; every indexed revision when empty), sorted
   * by class name.
   *
   * @throws RevisionException naming the class when an indexed class is missing, not a {@link Migration} or its id is
   *     declared twice
   */
  public static List<LoadedRevision> load(ClassLoader loader, List<String> packages) {
    List<LoadedRevision> revisions = new ArrayList<>();
    Map<String, String> classById = new HashMap<>();
    for (RevisionIndex.Entry entry : RevisionIndex.read(loader)) {
      if (!inPackages(entry.packageName(), packages)) {
        continue;
      }
      LoadedRevision revision = entry.info() == null ? load(loader, entry) : deferred(loader, entry);
      String other = classById.putIfAbsent(revision.info().id(), entry.className());
      if (other != null) {
        throw new RevisionException("Revision id '" + revision.info().id() + "' is declared twice: by " + other
            + " and by " + entry.className());
      }
      revisions.add(revision);
    }
    return revisions;
  }

  /**
   * The class is loaded when first needed, and must then say what the index said: a class compiled again without
   * its index being written again is refused rather than run under the index's graph.
   */
  private static LoadedRevision deferred(ClassLoader loader, RevisionIndex.Entry entry) {
    return LoadedRevision.deferred(entry.info(), entry.className(), () -> {
      LoadedRevision loaded = load(loader, entry);
      if (!loaded.info().equals(entry.info())) {
        throw new RevisionException("Revision " + entry.revisionId() + ": the @Revision of class "
            + entry.className() + " does not match " + RevisionIndex.RESOURCE + "; rebuild the application");
      }
      return loaded.type();
    }, entry.sourceChecksum());
  }

  private static LoadedRevision load(ClassLoader loader, RevisionIndex.Entry entry) {
    Class<?> type;
    try {
      type = Class.forName(entry.className(), false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new RevisionException("Revision " + entry.revisionId() + ": class " + entry.className() + " is in "
          + RevisionIndex.RESOURCE + " but cannot be loaded (" + e + "); rebuild the application", e);
    }
    Revision revision = type.getAnnotation(Revision.class);
    if (revision == null || !Migration.class.isAssignableFrom(type)) {
      throw new RevisionException("Revision " + entry.revisionId() + ": class " + entry.className()
          + " is not an @Revision class implementing " + Migration.class.getName() + "; rebuild the application");
    }
    return new LoadedRevision(RevisionInfo.of(revision, null), type.asSubclass(Migration.class),
        entry.sourceChecksum());
  }

  private static boolean inPackages(String packageName, List<String> packages) {
    if (packages.isEmpty()) {
      return true;
    }
    for (String location : packages) {
      if (location.isEmpty() || packageName.equals(location) || packageName.startsWith(location + ".")) {
        return true;
      }
    }
    return false;
  }
}
