package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.khabar.Extraction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} never destroys or feeds back an input, and never leaves a cut file in place of a
 * complete one. The extractor is a stand-in: these tests are about files, not Arabic.
 */
class OutputIsNeverInputTest {

  private static final String ARTICLE = "وصل وزير الخارجية المصري إلى عمان صباح اليوم.";

  /** An "extraction" that only echoes the text: fast, and enough to see what was read. */
  private static final ExtractCommand.ExtractorFactory ECHO =
      maxChars -> (text, published) -> Extraction.empty(text, Optional.ofNullable(published));

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(ECHO, new ByteArrayInputStream(new byte[0]), args);
  }

  private int run(ExtractCommand.ExtractorFactory extractors, InputStream stdin, String... args) {
    String[] all = Stream.concat(Stream.of("extract"), Stream.of(args)).toArray(String[]::new);
    return ExtractCommand.run(all, extractors, stdin, new PrintWriter(out, true),
        new PrintWriter(err, true), false, "usage: test");
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonlOutputThatIsTheJsonlInputIsAUsageErrorAndTheInputSurvives() throws IOException {
    String line = "{\"id\": \"a\", \"text\": \"" + ARTICLE + "\"}\n";
    Path in = write("x.jsonl", line);
    assertEquals(2, run("--jsonl", in.toString(), "--out", in.toString()));
    assertTrue(err.toString().contains("is the input"), err.toString());
    assertEquals(line, Files.readString(in));
  }

  @Test
  void fileOutputThatIsAnInputFileIsAUsageErrorAndTheArticleSurvives() throws IOException {
    Path a = write("a.txt", ARTICLE);
    assertEquals(2, run("--out", a.toString(), a.toString()));
    assertEquals(ARTICLE, Files.readString(a));
  }

  @Test
  void theSameFileReachedThroughDotDotDotSlashOrASymlinkIsStillTheInput() throws IOException {
    Path a = write("in/a.txt", ARTICLE);
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, a);
    assertEquals(2, run("--out", dir + "/in/../in/./a.txt", a.toString()));
    assertEquals(2, run("--out", link.toString(), a.toString()));
    assertEquals(2, run("--out", a.toString(), link.toString()));
    Path linkedDir = dir.resolve("linked-in");
    Files.createSymbolicLink(linkedDir, dir.resolve("in"));
    assertEquals(2, run("--out", linkedDir.resolve("a.txt").toString(), a.toString()));
    assertEquals(ARTICLE, Files.readString(a));
  }

  @Test
  void anOutputInsideAnInputDirectoryIsAUsageErrorEvenBeforeItExists() throws IOException {
    write("articles/a.txt", ARTICLE);
    Path articles = dir.resolve("articles");
    assertEquals(2, run("--out", articles.resolve("results.txt").toString(), articles.toString()));
    assertEquals(2, run("--out", articles.resolve("new/sub/results.jsonl").toString(),
        articles.toString()));
    assertEquals(2, run("--out", articles.resolve("json/").toString(), articles.toString()));
    assertEquals(2, run("--out", articles + "/", articles.toString()));
    assertTrue(err.toString().contains("lies inside the input directory"), err.toString());
    assertFalse(Files.exists(articles.resolve("results.txt")));
    assertFalse(Files.exists(articles.resolve("new")));
  }

  @Test
  void anOutputDirectoryHoldingAJsonInputIsAUsageError() throws IOException {
    Path in = write("out/a.json", "{\"id\": \"a\", \"text\": \"" + ARTICLE + "\"}\n");
    assertEquals(2, run("--jsonl", in.toString(), "--out", dir.resolve("out") + "/"));
    assertTrue(err.toString().contains("could replace it"), err.toString());
  }

  @Test
  void anOutputBesideTheInputsIsFine() throws IOException {
    Path a = write("articles/a.txt", ARTICLE);
    Path results = dir.resolve("results.jsonl");
    assertEquals(0, run("--out", results.toString(), dir.resolve("articles").toString()));
    assertEquals(1, Files.readAllLines(results).size());
    assertEquals(0, run("--out", dir.resolve("articles") + "/", a.toString()));
    assertTrue(Files.exists(dir.resolve("articles/a.json")));
  }

  @Test
  void aFailedRunLeavesThePreviousCompleteFileAndNoTemporaryFile() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", ARTICLE + " " + ARTICLE);
    Path results = dir.resolve("results.jsonl");
    assertEquals(0, run("--out", results.toString(), a.toString(), b.toString()));
    String complete = Files.readString(results);
    assertEquals(2, complete.lines().count());

    // the second run's input breaks off after its first line: nothing of it replaces the file
    Path jsonl = write("docs.jsonl", "{\"id\": \"x\", \"text\": \"" + ARTICLE + "\"}\n");
    InputStream breaking = new InputStream() {
      private final InputStream first = new ByteArrayInputStream(
          ("{\"id\": \"x\", \"text\": \"" + ARTICLE + "\"}\n").getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = first.read();
        if (b < 0) {
          throw new IOException("Input/output error");
        }
        return b;
      }
    };
    assertEquals(1, run(ECHO, breaking, "--jsonl", "-", "--out", results.toString()));
    assertTrue(err.toString().contains("cannot read the input further"), err.toString());
    assertEquals(complete, Files.readString(results));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith("."))
          .toList());
    }
    assertTrue(Files.exists(jsonl));
  }

  @Test
  void whileARunWritesTheTargetStillHoldsThePreviousOutput() throws IOException {
    Path a = write("a.txt", ARTICLE);
    Path results = dir.resolve("results.jsonl");
    Files.writeString(results, "previous\n");
    AtomicInteger seen = new AtomicInteger();
    ExtractCommand.ExtractorFactory peeking = maxChars -> (text, published) -> {
      try {
        // the document is being extracted: whatever was written so far is elsewhere
        assertEquals("previous\n", Files.readString(results));
        seen.incrementAndGet();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      return Extraction.empty(text, Optional.ofNullable(published));
    };
    assertEquals(0, run(peeking, new ByteArrayInputStream(new byte[0]), "--threads", "1",
        "--out", results.toString(), a.toString(), a.toString()));
    assertEquals(2, seen.get());
    assertEquals(2, Files.readAllLines(results).size());
  }

  @Test
  void outDirWritesEachFileWholeUnderItsNameAndLeavesNoTemporaryFiles() throws IOException {
    Path a = write("in/a.txt", ARTICLE);
    Path b = write("in/b.txt", ARTICLE);
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir);
    Files.writeString(outDir.resolve("a.json"), "previous\n");
    assertEquals(0, run("--out", outDir + "/", a.toString(), b.toString()));
    try (Stream<Path> files = Files.list(outDir)) {
      assertEquals(List.of("a.json", "b.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.readString(outDir.resolve("a.json")).startsWith("{\"document\":\"a.txt\""));
  }
}
