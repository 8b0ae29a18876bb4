package io.khabar.cli;

import io.khabar.Extraction;
import io.khabar.Extractor;
import io.khabar.event.EventAcceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * {@code extract}: a batch of files, directories or JSONL lines through one shared
 * {@link Extractor}, in parallel, written in input order to standard output, a JSONL file or one
 * file per document (see {@link ExtractOptions#USAGE}). A document that fails becomes an error
 * record {@code {"document": …, "line": …, "error": …}} in its place and the run goes on.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 every document extracted; 1 some document failed, or the
 * input broke off; 2 bad arguments; 3 the output could not be written.
 */
final class ExtractCommand {

  /**
   * What a job calls for each document: {@link Extractor#extract(String, LocalDate)} of the
   * run's extractor (a stand-in in tests of the command line itself).
   */
  @FunctionalInterface
  interface DocumentExtractor {
    Extraction extract(String text, LocalDate published);
  }

  /** The extractor for a run: {@code maxChars} is {@code --max-chars} when given. */
  @FunctionalInterface
  interface ExtractorFactory {
    DocumentExtractor create(OptionalInt maxChars);

    /**
     * The extractor for a run with {@code --event-acceptor} ({@code eventAcceptor}): the learned
     * judge of events ({@link io.khabar.event.EventAcceptor}) added. A stand-in of the tests of
     * the command line reads no events and ignores it.
     */
    default DocumentExtractor create(OptionalInt maxChars, boolean eventAcceptor) {
      return create(maxChars);
    }

    static ExtractorFactory defaults() {
      return new ExtractorFactory() {
        @Override
        public DocumentExtractor create(OptionalInt maxChars) {
          return create(maxChars, false);
        }

        @Override
        public DocumentExtractor create(OptionalInt maxChars, boolean eventAcceptor) {
          Extractor.Builder b = Extractor.builder();
          maxChars.ifPresent(b::maxChars);
          if (eventAcceptor) {
            b.eventAcceptor(EventAcceptor.loadDefault());
          }
          return b.build()::extract;
        }
      };
    }
  }

  private ExtractCommand() {}

  /**
   * Runs {@code args} ({@code args[0]} is {@code extract}); {@code errIsTerminal} turns the
   * progress bar on unless {@code --no-progress}. Returns one of {@link ExitCodes}.
   */
  static int run(String[] args, ExtractorFactory extractors, InputStream stdin, PrintWriter out,
      PrintWriter err, boolean errIsTerminal, String usage) {
    if (ExtractOptions.wantsHelp(args)) {
      out.println(usage);
      out.flush();
      return ExitCodes.OK;
    }
    ExtractOptions o;
    try {
      o = ExtractOptions.parse(args);
      if (o.out().isPresent()) {
        List<String> inputs = new ArrayList<>(o.inputs());
        o.jsonl().ifPresent(inputs::add);
        OutputGuard.check(o.out().get(), o.outIsDirectory(), inputs);
      }
    } catch (ExtractOptions.UsageException e) {
      err.println(e.getMessage());
      err.println(usage);
      return ExitCodes.USAGE;
    }
    int maxChars = o.maxChars().orElse(Extractor.DEFAULT_MAX_CHARS);
    LocalDate published = o.published().orElse(null);
    DocumentSource source;
    if (o.jsonl().isPresent()) {
      // a JSON string may escape a char as 6 bytes (\\uXXXX); room for the other fields
      int maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 1024, 6L * maxChars + (1 << 16));
      JsonlSource jsonl = new JsonlSource(o.jsonl().get(), stdin, published, o.pretty(),
          maxLineBytes);
      try {
        jsonl.check();
      } catch (IOException e) {
        err.println(e.getMessage());
        return ExitCodes.SOME_FAILED;
      }
      source = jsonl;
    } else {
      // UTF-8 takes at most 3 bytes per UTF-16 char (4 per surrogate pair): a file of more than
      // 3 × maxChars bytes has more than maxChars chars and is rejected before it is read whole
      FileSource files = new FileSource(o.inputs(), stdin, published, o.pretty(), 3L * maxChars);
      files.notes().forEach(err::println);
      source = files;
    }
    long t0 = System.nanoTime();
    DocumentExtractor extractor;
    try {
      extractor = extractors.create(o.maxChars(), o.eventAcceptor());
    } catch (RuntimeException e) {
      err.println("cannot load the extractor: " + BatchRunner.describe(e));
      return ExitCodes.SOME_FAILED;
    }
    OutputSink sink;
    try {
      sink = o.out().isEmpty() ? new WriterSink(out)
          : o.outIsDirectory() ? new DirectorySink(o.out().get())
              : new JsonlFileSink(o.out().get());
    } catch (IOException | RuntimeException e) {
      err.println("--out " + o.out().get() + ": cannot write: " + BatchRunner.describe(e));
      return ExitCodes.OUTPUT_FAILED;
    }
    String prefix = String.format(Locale.ROOT, "extract (%d thread%s, models %.1f s): ",
        o.threads(), o.threads() == 1 ? "" : "s", (System.nanoTime() - t0) / 1e9);
    // after a stop, --out FILE is dropped: the summary says so rather than count it as written
    String stopped = o.out().isPresent() && !o.outIsDirectory()
        ? prefix + "(stopped; nothing written, " + o.out().get() + " left as it was) "
        : prefix + "(stopped) ";
    Progress progress = new Progress(err, o.progress().orElse(errIsTerminal),
        source.documents(), source.bytes());
    progress.summariseOnExit(stopped, sink::abandon);
    try {
      BatchRunner.run(source, extractor, o.threads(), sink, progress);
    } catch (BatchRunner.BatchFailure e) {
      sink.abandon();
      progress.finish(prefix);
      err.println(e.getMessage());
      return e.outputFailed() ? ExitCodes.OUTPUT_FAILED : ExitCodes.SOME_FAILED;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sink.abandon();
      if (!progress.stopped()) {
        progress.finish(prefix);
        err.println("interrupted");
      }
      return ExitCodes.SOME_FAILED;
    }
    try {
      sink.close();
    } catch (IOException e) {
      progress.finish(prefix);
      err.println("cannot write the output: " + BatchRunner.describe(e));
      return ExitCodes.OUTPUT_FAILED;
    }
    progress.finish(prefix);
    return progress.errors() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
