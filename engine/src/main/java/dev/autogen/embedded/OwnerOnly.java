package dev.autogen.embedded;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Checks that a directory, and what it holds, can be changed by the current user only: owned by that user, neither
 * group- nor world-writable, reached through directories that no other user can swap (owned by the user or root,
 * and writable by others only with the sticky bit, as {@code /tmp}). Where the file system has no owners and modes
 * (Windows), there is nothing to check.
 */
final class OwnerOnly {

  private static final int GROUP_OR_OTHERS_WRITE = 0022;
  private static final int STICKY = 01000;
  private static final int ROOT = 0;

  private OwnerOnly() {
  }

  static boolean supported() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
  }

  /** Creates {@code directory} (and its missing parents) readable and writable by the current user only. */
  static Path createDirectories(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      createDirectories(absolute.getParent());
      Files.createDirectory(absolute);
      if (supported()) {
        // explicitly, not through the umask, which may let the group write
        Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString("rwx------"));
      }
    }
    return absolute;
  }

  /** Fails naming {@code path} unless only the current user can change it; its ancestors are checked as well. */
  static void requirePrivate(Path path) throws IOException {
    if (!supported()) {
      return;
    }
    Path absolute = path.toAbsolutePath().normalize();
    String problem = problemWith(absolute);
    if (problem != null) {
      throw new EmbeddedServerException(absolute + " " + problem
          + "; remove it or make it yours alone (chown, chmod go-w) and run the command again");
    }
    for (Path ancestor = absolute.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      int uid = uid(ancestor);
      int mode = mode(ancestor);
      boolean sharedWritable = (mode & GROUP_OR_OTHERS_WRITE) != 0 && (mode & STICKY) == 0;
      if ((uid != currentUid() && uid != ROOT) || sharedWritable) {
        throw new EmbeddedServerException(absolute + " lies in " + ancestor
            + ", which another user can change; choose a private location (XDG_CACHE_HOME) and run the command again");
      }
    }
  }

  /** Why another user could change {@code path} itself, or null when only the current user can. */
  static String problemWith(Path path) throws IOException {
    if (!supported()) {
      return null;
    }
    if (uid(path) != currentUid()) {
      return "belongs to another user (uid " + uid(path) + ")";
    }
    if (!Files.isSymbolicLink(path) && (mode(path) & GROUP_OR_OTHERS_WRITE) != 0) {
      return "is writable by its group or by others";
    }
    return null;
  }

  private static int uid(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
  }

  private static int mode(Path path) throws IOException {
    return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
  }

  static int currentUid() {
    return (int) new com.sun.security.auth.module.UnixSystem().getUid();
  }

  static boolean runningAsRoot() {
    return supported() && currentUid() == ROOT;
  }
}
