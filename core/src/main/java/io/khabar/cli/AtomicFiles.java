package io.khabar.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output files are written under a hidden temporary name in their own directory and moved over
 * the target only once complete, so that an interrupted or failed run never leaves a cut file
 * where a previous complete one stood. The move is atomic where the file system supports it (a
 * rename within one directory on POSIX file systems); elsewhere it is a plain replace.
 */
final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * The temporary name for {@code target}: in the same directory (so that the move is a rename),
   * hidden, and unique to this process, so that two runs writing the same target do not share
   * one.
   */
  static Path temporaryFor(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".khabar-"
        + ProcessHandle.current().pid() + ".tmp");
  }

  /** Replaces {@code target} by {@code tmp}, atomically where supported. */
  static void commit(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
