package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.DocumentTooLargeException;
import io.khabar.Extraction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user of the command line sees: exit codes 0/1/2/3, help, version, standard input as a
 * document, messages that name the option to change, and a summary that adds up. The extractor
 * is a stand-in that respects {@code --max-chars}: these tests are about the command line.
 */
class ExitCodesAndMessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLE = "استقبل الرئيس التونسي في قرطاج وزير الخارجية الجزائري.";

  private static final ExtractCommand.ExtractorFactory STAND_IN = maxChars ->
      (text, published) -> {
        int max = maxChars.orElse(io.khabar.Extractor.DEFAULT_MAX_CHARS);
        if (text.length() > max) {
          throw new DocumentTooLargeException(text.length(), max);
        }
        return Extraction.empty(text, Optional.ofNullable(published));
      };

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int extract(InputStream stdin, PrintWriter stdout, String... args) {
    String[] all = Stream.concat(Stream.of("extract"), Stream.of(args)).toArray(String[]::new);
    return ExtractCommand.run(all, STAND_IN, stdin, stdout, new PrintWriter(err, true), false,
        "usage: test");
  }

  private int extract(String... args) {
    return extract(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true), args);
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void helpAndExtractHelpDescribeEveryExitCode() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"extract", "--help"},
        new String[] {"extract", "-h"}, new String[] {"extract", "--jsonl", "-", "--help"})) {
      StringWriter o = new StringWriter();
      assertEquals(0, Main.run(args, new PrintWriter(o, true), new PrintWriter(err, true)),
          String.join(" ", args));
      String help = o.toString();
      assertTrue(help.contains("exit codes: 0 done; 1 some documents failed"), help);
      assertTrue(help.contains("2 bad usage"), help);
      assertTrue(help.contains("3 the output could not"), help);
      assertTrue(help.contains("--max-chars N"), help);
    }
  }

  @Test
  void versionPrintsKhabarAndTheBuildVersion() {
    assertEquals(0, Main.run(new String[] {"--version"}, new PrintWriter(out, true),
        new PrintWriter(err, true)));
    assertTrue(out.toString().strip().matches("khabar \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        out.toString());
  }

  @Test
  void dashReadsOnePlainTextDocumentFromStandardInput() throws IOException {
    assertEquals(0, extract(utf8(ARTICLE + "\n" + ARTICLE), new PrintWriter(out, true),
        "--published", "2026-01-29", "-"));
    JsonNode doc = JSON.readTree(out.toString());
    assertEquals(1, out.toString().lines().count(), out.toString());
    assertTrue(doc.get("document").isNull(), doc.toString());
    assertEquals("2026-01-29", doc.get("published").asText());
    assertEquals(2, extract("-", "-"));
    assertTrue(err.toString().contains("standard input"), err.toString());
  }

  @Test
  void dashUnderOutDirIsWrittenAsStdinJson() throws IOException {
    assertEquals(0, extract(utf8(ARTICLE), new PrintWriter(out, true), "--out",
        dir.resolve("out") + "/", "-"));
    assertTrue(Files.exists(dir.resolve("out/stdin.json")));
  }

  @Test
  void aDocumentOverTheLimitIsAnErrorRecordThatNamesMaxChars() throws IOException {
    String line = JSON.createObjectNode().put("id", "long").put("text", ARTICLE).toString();
    assertEquals(1, extract(utf8(line + "\n"), new PrintWriter(out, true), "--jsonl", "-",
        "--max-chars", "20"));
    String error = JSON.readTree(out.toString()).get("error").asText();
    assertEquals("text of " + ARTICLE.length() + " chars is longer than --max-chars 20", error);

    out.getBuffer().setLength(0);
    Path big = dir.resolve("big.txt");
    Files.writeString(big, ARTICLE);
    assertEquals(1, extract("--max-chars", "10", big.toString()));
    assertTrue(JSON.readTree(out.toString()).get("error").asText().contains("--max-chars"),
        out.toString());
  }

  @Test
  void aDirectoryWithoutTextFilesSaysSoOnStandardError() throws IOException {
    Path empty = dir.resolve("notes");
    Files.createDirectories(empty);
    Files.writeString(empty.resolve("readme.md"), "ليس خبرا");
    assertEquals(0, extract(empty.toString()));
    assertTrue(err.toString().contains(empty + ": no *.txt files in this directory"),
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void oneOfAnythingIsSingularInTheSummary() {
    String one = Progress.summary("extract: ", 1, 1, 1, 1, 10, 1_000_000_000L);
    assertTrue(one.startsWith("extract: 1 document, 1 entity, 1 event, 1 error; "), one);
    String two = Progress.summary("extract: ", 2, 2, 2, 2, 10, 1_000_000_000L);
    assertTrue(two.startsWith("extract: 2 documents, 2 entities, 2 events, 2 errors; "), two);
    String none = Progress.summary("extract: ", 0, 0, 0, 0, 0, 1_000_000_000L);
    assertTrue(none.startsWith("extract: 0 documents, 0 entities, 0 events, 0 errors; "), none);
  }

  /** A standard output whose device is full, as the JVM reports it. */
  private static Writer failing(String why) {
    return new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException(why);
      }

      @Override
      public void flush() throws IOException {
        throw new IOException(why);
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aFullDiskOnStandardOutputSaysSoAndExitsThree() {
    Path a = write("a.txt", ARTICLE);
    int code = extract(new ByteArrayInputStream(new byte[0]),
        new FailureKeepingWriter(failing("No space left on device")), a.toString());
    assertEquals(ExitCodes.OUTPUT_FAILED, code);
    assertTrue(err.toString().contains("cannot write the output: standard output: No space left"
        + " on device"), err.toString());
  }

  @Test
  void aClosedPipeOnStandardOutputSaysSoAndExitsThree() {
    Path a = write("a.txt", ARTICLE);
    assertEquals(3, extract(new ByteArrayInputStream(new byte[0]),
        new FailureKeepingWriter(failing("Broken pipe")), a.toString()));
    assertTrue(err.toString().contains("standard output: Broken pipe"), err.toString());
    // any PrintWriter: the reason is unknown, the exit code is the same
    assertEquals(3, extract(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(failing("Broken pipe")), a.toString()));
  }

  @Test
  void anOutputThatCannotBeCreatedExitsThree() {
    Path a = write("a.txt", ARTICLE);
    Path notADirectory = write("file", "x");
    assertEquals(3, extract("--out", notADirectory.resolve("results.jsonl").toString(),
        a.toString()));
    assertEquals(3, extract("--out", notADirectory.resolve("out") + "/", a.toString()));
    assertTrue(err.toString().contains("cannot write"), err.toString());
  }

  @Test
  void someFailedDocumentsExitOneAndBadUsageTwo() {
    Path a = write("a.txt", ARTICLE);
    assertEquals(0, extract(a.toString()));
    assertEquals(1, extract(a.toString(), dir.resolve("missing.txt").toString()));
    assertEquals(2, extract("--threads", "none", a.toString()));
  }

  @Test
  void theSummaryAfterAStopCountsExactlyTheDocumentsWritten() throws Exception {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      jobs.add(new FailedJob("d" + i, 0, "d" + i, "x", 0));
    }
    DocumentSource source = new DocumentSource() {
      @Override
      public void forEach(JobSink sink) throws InterruptedException {
        for (Job j : jobs) {
          sink.accept(j);
        }
      }

      @Override
      public OptionalLong documents() {
        return OptionalLong.of(jobs.size());
      }

      @Override
      public OptionalLong bytes() {
        return OptionalLong.empty();
      }
    };
    StringWriter summary = new StringWriter();
    Progress progress = new Progress(new PrintWriter(summary, true), false, source.documents(),
        OptionalLong.empty());
    List<String> written = new ArrayList<>();
    List<Integer> writtenAfterStop = new ArrayList<>();
    Thread[] stopper = new Thread[1];
    OutputSink sink = new OutputSink() {
      @Override
      public void write(Outcome o) {
        if (progress.stopped()) {
          writtenAfterStop.add(written.size());
        }
        written.add(o.json());
        if (written.size() == 5) {
          // Ctrl-C arrives while the fifth document is being written
          stopper[0] = new Thread(() -> progress.stopAndSummarise("extract (stopped) ", () -> {}));
          stopper[0].start();
          // returns once the stop waits for this write to end
          long deadline = System.nanoTime() + 5_000_000_000L;
          while (stopper[0].getState() != Thread.State.TIMED_WAITING
              && stopper[0].getState() != Thread.State.TERMINATED
              && System.nanoTime() < deadline) {
            Thread.onSpinWait();
          }
        }
      }

      @Override
      public void close() {}
    };
    try {
      BatchRunner.run(source, (t, p) -> {
        throw new AssertionError("failed jobs never extract");
      }, 1, sink, progress);
    } catch (InterruptedException e) {
      // the stop: the runner writes nothing more
    }
    stopper[0].join();
    String line = summary.toString().strip();
    assertTrue(line.startsWith("extract (stopped) " + written.size() + " documents, "), line
        + " after " + written.size() + " written");
    assertEquals(5, written.size(), "the write under way ends, no later one starts");
    assertEquals(List.of(), writtenAfterStop);
    assertFalse(line.contains("\n"), line);
  }

  private Path write(String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, content);
      return p;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
