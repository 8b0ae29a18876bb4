package io.khabar.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The arguments of {@code extract}, checked: a bad argument is a {@link UsageException} (exit
 * code 2) before any document is read.
 */
record ExtractOptions(
    ImmutableList<String> inputs,
    Optional<String> jsonl,
    Optional<LocalDate> published,
    boolean pretty,
    int threads,
    Optional<Path> out,
    boolean outIsDirectory,
    OptionalInt maxChars,
    Optional<Boolean> progress,
    boolean eventAcceptor) {

  /** Upper bound on {@code --threads}: more only adds queued memory, never speed. */
  static final int MAX_THREADS = 256;

  static final String USAGE = String.join(System.lineSeparator(),
      "  extract [OPTIONS] FILE|DIR|-...",
      "                  one extraction JSON per UTF-8 file (a DIR is read recursively: its *.txt",
      "                  files in path order, each named by its path relative to DIR; - is one",
      "                  plain-text document read from standard input)",
      "  extract [OPTIONS] --jsonl IN",
      "                  read {\"id\", \"text\", \"published\"} lines from IN (- for stdin), write one",
      "                  extraction JSON per line",
      "    options: --published YYYY-MM-DD  publication date of the files (and of JSONL lines",
      "                                     without one)",
      "             --threads N             parallel extraction (default: the number of cores);",
      "                                     output order is input order whatever N",
      "             --out FILE|DIR          JSONL to FILE, or one NAME.json per document in DIR",
      "                                     (NAME: the id or file stem; DIR: an existing",
      "                                     directory or a path ending in /); default: stdout.",
      "                                     Never an input, nor inside an input directory; FILE",
      "                                     is replaced only when the run is through",
      "             --max-chars N           reject documents longer than N chars (default "
          + io.khabar.Extractor.DEFAULT_MAX_CHARS + ")",
      "             --event-acceptor        drop the events a learned judge finds unlikely:",
      "                                     fewer wrong events, fewer right ones (off by default)",
      "             --pretty                indented JSON (standard output or --out DIR)",
      "             --progress|--no-progress  progress bar on stderr (default: when a terminal)",
      "             --help                  this text",
      "    a document that fails becomes {\"document\", \"line\" (JSONL), \"error\"} in its place and",
      "    the run goes on; a summary line goes to stderr",
      ExitCodes.HELP);

  /** Whether the arguments ask for help ({@code --help} or {@code -h} before any {@code --}). */
  static boolean wantsHelp(String[] args) {
    for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--help") || args[i].equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** A bad command line; the message says what is wrong. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parses {@code args[1..]} ({@code args[0]} is the command name). */
  static ExtractOptions parse(String[] args) throws UsageException {
    ImmutableList.Builder<String> inputs = ImmutableList.builder();
    String jsonl = null;
    LocalDate published = null;
    boolean pretty = false;
    int threads = Runtime.getRuntime().availableProcessors();
    String out = null;
    Integer maxChars = null;
    Boolean progress = null;
    boolean eventAcceptor = false;
    boolean onlyInputs = false;
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (onlyInputs || !a.startsWith("--")) {
        inputs.add(a);
        continue;
      }
      switch (a) {
        case "--" -> onlyInputs = true;
        case "--published" -> {
          String v = value(args, ++i, a, "a date YYYY-MM-DD");
          try {
            published = LocalDate.parse(v);
          } catch (DateTimeParseException e) {
            throw new UsageException("--published: not a date YYYY-MM-DD: " + v);
          }
        }
        case "--jsonl" -> jsonl = value(args, ++i, a, "a file or - for standard input");
        case "--pretty" -> pretty = true;
        case "--threads" -> threads = positive(value(args, ++i, a, "a number of threads"), a,
            MAX_THREADS);
        case "--out" -> out = value(args, ++i, a, "a file or directory");
        case "--max-chars" -> maxChars = positive(value(args, ++i, a, "a number of chars"), a,
            Integer.MAX_VALUE);
        case "--event-acceptor" -> eventAcceptor = true;
        case "--progress" -> progress = true;
        case "--no-progress" -> progress = false;
        default -> throw new UsageException("unknown option: " + a);
      }
    }
    ImmutableList<String> in = inputs.build();
    if ((jsonl == null) == in.isEmpty()) {
      throw new UsageException("give FILE|DIR|-... or --jsonl IN, not both or neither");
    }
    if (in.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("- (standard input) can be read once only");
    }
    Path outPath = null;
    boolean outDir = false;
    if (out != null) {
      if (out.isEmpty()) {
        throw new UsageException("--out needs a file or directory");
      }
      outPath = Path.of(out);
      outDir = Files.isDirectory(outPath) || out.endsWith("/") || out.endsWith(
          outPath.getFileSystem().getSeparator());
      if (pretty && !outDir) {
        throw new UsageException("--pretty would break the one-line-per-document --out FILE;"
            + " use --out DIR/ or standard output");
      }
    }
    return new ExtractOptions(in, Optional.ofNullable(jsonl), Optional.ofNullable(published),
        pretty, threads, Optional.ofNullable(outPath), outDir,
        maxChars == null ? OptionalInt.empty() : OptionalInt.of(maxChars),
        Optional.ofNullable(progress), eventAcceptor);
  }

  private static String value(String[] args, int i, String option, String what)
      throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs " + what);
    }
    return args[i];
  }

  private static int positive(String v, String option, int max) throws UsageException {
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + ": not a whole number from 1 to " + max + ": " + v);
  }
}
