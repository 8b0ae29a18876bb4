package io.khabar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code --out DIR}: one {@code NAME.json} per document (an error record for a failed one), NAME
 * being the document id or file stem made safe as a file name by {@link #fileName}. Names that
 * collide within the run (also by case) get {@code -2}, {@code -3}, …; files of an earlier run are
 * replaced. Each file is written under a temporary name and moved into place
 * ({@link AtomicFiles}), so a killed run leaves only complete files.
 */
final class DirectorySink implements OutputSink {

  /** Bytes of UTF-8 a name may take before its suffix: file systems allow 255. */
  private static final int MAX_NAME_BYTES = 200;

  private final Path dir;
  private final Set<String> used = new HashSet<>();

  DirectorySink(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    String base = fileName(outcome.stem());
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n;
    }
    Path target = dir.resolve(name + ".json");
    Path tmp = AtomicFiles.temporaryFor(target);
    Files.write(tmp, (outcome.json() + "\n").getBytes(StandardCharsets.UTF_8));
    AtomicFiles.commit(tmp, target);
  }

  /**
   * A file name for a document: letters (any script), digits, combining marks, {@code - _ .}
   * kept, anything else (path separators, spaces, controls) becomes {@code _}; no leading dot;
   * at most {@value #MAX_NAME_BYTES} bytes of UTF-8; {@code document} when nothing is left.
   */
  static String fileName(String stem) {
    StringBuilder b = new StringBuilder(Math.min(stem.length(), MAX_NAME_BYTES));
    int bytes = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      i += Character.charCount(cp);
      boolean keep = Character.isLetterOrDigit(cp) || cp == '-' || cp == '_'
          || (cp == '.' && b.length() > 0)
          || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
      if (!keep) {
        cp = '_';
      }
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > MAX_NAME_BYTES) {
        break;
      }
      b.appendCodePoint(cp);
      bytes += size;
    }
    return b.length() == 0 ? "document" : b.toString();
  }

  @Override
  public void close() {}
}
