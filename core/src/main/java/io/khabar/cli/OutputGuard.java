package io.khabar.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * An output is never an input: {@code --out} is refused (a usage error, before anything is
 * opened) when it would overwrite an input or be read back as one by a later run.
 *
 * <p>Paths are compared as real paths: symbolic links followed, {@code ./} and {@code ..}
 * resolved. An output that does not exist yet is its nearest existing ancestor's real path plus
 * the rest of its name. Refused:
 * <ul>
 *   <li>{@code --out FILE} that is an input file (the JSONL file or a FILE argument);</li>
 *   <li>{@code --out FILE} or {@code --out DIR} inside (or equal to) an input directory, whose
 *       files a later run over that directory would take as articles;</li>
 *   <li>{@code --out DIR} holding an input file named {@code *.json}, which a document's
 *       {@code NAME.json} could replace.</li>
 * </ul>
 */
final class OutputGuard {

  private OutputGuard() {}

  /**
   * Checks {@code out} against the inputs ({@code -}, standard input, is no path).
   *
   * @throws ExtractOptions.UsageException naming the output and the input it collides with
   */
  static void check(Path out, boolean outIsDirectory, List<String> inputs)
      throws ExtractOptions.UsageException {
    Path realOut = realPath(out);
    for (String input : inputs) {
      if (input.equals("-")) {
        continue;
      }
      Path in = Path.of(input);
      if (!Files.exists(in)) {
        continue; // reported as that document's error record
      }
      Path realIn = realPath(in);
      if (Files.isDirectory(realIn)) {
        if (realOut.startsWith(realIn)) {
          throw new ExtractOptions.UsageException("--out " + out + " lies inside the input"
              + " directory " + input + ": a later run over it would read the output back");
        }
      } else if (!outIsDirectory && realOut.equals(realIn)) {
        throw new ExtractOptions.UsageException("--out " + out + " is the input " + input
            + ": writing it would destroy the input");
      } else if (outIsDirectory && realOut.equals(realIn.getParent())
          && realIn.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        throw new ExtractOptions.UsageException("--out " + out + " holds the input " + input
            + ": a document's NAME.json could replace it");
      }
    }
  }

  /**
   * The real path of {@code p}, which need not exist: its nearest existing ancestor resolved
   * through links, then the names that do not exist yet, normalised.
   */
  static Path realPath(Path p) {
    Path abs = p.toAbsolutePath();
    Deque<Path> missing = new ArrayDeque<>();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    Path real;
    try {
      real = existing == null ? abs.getRoot() : existing.toRealPath();
    } catch (IOException e) {
      real = existing; // unreadable: compare as written
    }
    while (!missing.isEmpty()) {
      real = real.resolve(missing.pop());
    }
    return real.normalize();
  }
}
