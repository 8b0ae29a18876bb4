package io.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, for the progress bar. */
final class Terminal {

  private Terminal() {}

  /**
   * On Linux, whether file descriptor 2 is a tty ({@code /proc/self/fd/2} → {@code /dev/pts/…}
   * or {@code /dev/tty…}), which stays right when standard output is redirected to a file;
   * elsewhere {@code System.console() != null}, which needs standard input and output to be the
   * terminal too.
   */
  static boolean stderrIsTerminal() {
    if (System.getenv("TERM") != null && System.getenv("TERM").equals("dumb")) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
            || target.startsWith("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // not Linux-like: fall through
    }
    return System.console() != null;
  }
}
