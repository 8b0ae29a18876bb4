package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.DocumentTooLargeException;
import io.khabar.Extraction;
import io.khabar.Extractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the command line with a fixed seed and bounded tries (a few seconds): random bytes and
 * random JSONL lines in, random files, random arguments. It never throws, every non-blank input
 * line (or file) gives exactly one output line, each a JSON extraction or an error record, and
 * the exit code says whether there was an error record (1) or not (0). Most runs use a stand-in
 * extractor that fails on a marker and respects {@code --max-chars}; one property runs the real
 * one. Random generation only: the combined edge cases of these generators outnumber the tries
 * (empty and blank inputs have tests of their own in {@code ExtractCommandTest}).
 */
class CommandLineFuzzProperties {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOOM = "☠";

  /** Echoes the text as an empty extraction; fails on {@link #BOOM}; honours --max-chars. */
  private static final ExtractCommand.ExtractorFactory STAND_IN = maxChars ->
      (text, published) -> {
        int max = maxChars.orElse(Extractor.DEFAULT_MAX_CHARS);
        if (text.length() > max) {
          throw new DocumentTooLargeException(text.length(), max);
        }
        if (text.contains(BOOM)) {
          throw new IllegalStateException("the stand-in fails on " + BOOM);
        }
        return Extraction.empty(text, Optional.ofNullable(published));
      };

  private static Extractor real;

  private static synchronized ExtractCommand.ExtractorFactory real() {
    if (real == null) {
      real = Extractor.createDefault();
    }
    return maxChars -> real::extract;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(ExtractCommand.ExtractorFactory extractors, byte[] stdin,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = Stream.concat(Stream.of("extract"), Stream.of(args)).toArray(String[]::new);
    int code = ExtractCommand.run(all, extractors, new ByteArrayInputStream(stdin),
        new PrintWriter(out, true), new PrintWriter(err, true), false, "usage: fuzz");
    return new Run(code, out.toString(), err.toString());
  }

  /** The lines a JSONL reader must answer: split on \n, those with more than blanks and \r. */
  private static int nonBlankLines(byte[] bytes) {
    int lines = 0;
    boolean content = false;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\n') {
        lines += content ? 1 : 0;
        content = false;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        content = true;
      }
    }
    return lines + (content ? 1 : 0);
  }

  /** Checks the output against the input: one JSON line each, and the exit code. */
  private static void assertOneRecordPerDocument(Run r, int documents) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : r.out().split("\n", -1)) {
      if (!line.isEmpty()) {
        records.add(JSON.readTree(line));
      }
    }
    assertEquals(documents, records.size(), r.out() + r.err());
    boolean errors = false;
    for (JsonNode rec : records) {
      assertTrue(rec.isObject() && (rec.has("entities") != rec.has("error")), rec.toString());
      errors |= rec.has("error");
    }
    assertEquals(errors ? 1 : 0, r.code(), r.err());
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '{',
        (byte) '"', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xD8, (byte) 0xA7, (byte) 0xC0,
        (byte) 0);
    Arbitrary<Byte> any = Arbitraries.bytes();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, any), net.jqwik.api.Tuple.of(2, interesting))
        .list().ofMaxSize(300)
        .map(bs -> {
          byte[] b = new byte[bs.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = bs.get(i);
          }
          return b;
        });
  }

  @Provide
  Arbitrary<String> jsonlLine() {
    Arbitrary<String> texts = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').withChars(' ', '.').ofMaxLength(80),
        Arbitraries.of("التقى الرئيس وزير الخارجية أمس.", BOOM + " انفجار", ""));
    Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12)
        .map(s -> JSON.valueToTree(s).toString()), Arbitraries.of("7", "null", "[1]", "{}"));
    Arbitrary<String> dates = Arbitraries.of("\"2026-01-29\"", "\"2026-02-30\"", "\"\"", "null",
        "20260129", "\"yesterday\"");
    Arbitrary<String> objects = Combinators.combine(ids, texts, dates, Arbitraries.integers()
        .between(0, 3)).as((id, text, date, shape) -> switch (shape) {
          case 0 -> "{\"id\": " + id + ", \"text\": " + JSON.valueToTree(text) + ", \"published\": "
              + date + "}";
          case 1 -> "{\"text\": " + JSON.valueToTree(text) + "}";
          case 2 -> "{\"id\": " + id + ", \"text\": 5}";
          default -> "{\"id\": " + id + "}";
        });
    Arbitrary<String> broken = Arbitraries.of("{not json", "[]", "\"text\"", "{} {}", "nul",
        "{\"text\": \"a\"", "\uFEFF{\"text\": \"ب\"}");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, objects),
        net.jqwik.api.Tuple.of(1, broken), net.jqwik.api.Tuple.of(1,
            Arbitraries.strings().ofMaxLength(40).map(s -> s.replace('\n', ' '))));
  }

  @Provide
  Arbitrary<List<String>> jsonlLines() {
    return jsonlLine().list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<byte[]>> files() {
    return bytes().list().ofMaxSize(5);
  }

  @Property(tries = 300, seed = "15", edgeCases = EdgeCasesMode.NONE)
  void randomBytesOnStandardInputGiveOneRecordPerNonBlankLine(@ForAll("bytes") byte[] input)
      throws IOException {
    Run r = run(STAND_IN, input, "--jsonl", "-", "--threads", "2", "--max-chars", "40");
    assertOneRecordPerDocument(r, nonBlankLines(input));
  }

  @Property(tries = 300, seed = "15", edgeCases = EdgeCasesMode.NONE)
  void randomJsonlLinesGiveOneRecordEachInOrder(
      @ForAll("jsonlLines") List<String> lines) throws IOException {
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    Run r = run(STAND_IN, input, "--jsonl", "-", "--threads", "3", "--max-chars", "60");
    assertOneRecordPerDocument(r, nonBlankLines(input));
  }

  @Property(tries = 60, seed = "15", edgeCases = EdgeCasesMode.NONE)
  void randomFilesGiveOneRecordEach(@ForAll("files") List<byte[]> files) throws IOException {
    Path dir = Files.createTempDirectory("khabar-fuzz");
    try {
      List<String> args = new ArrayList<>(List.of("--threads", "2", "--max-chars", "100"));
      for (int i = 0; i < files.size(); i++) {
        Path f = dir.resolve("doc-" + i + ".txt");
        Files.write(f, files.get(i));
        args.add(f.toString());
      }
      if (files.isEmpty()) {
        args.add(dir.toString()); // a directory without *.txt: no document, a note on stderr
      }
      Run r = run(STAND_IN, new byte[0], args.toArray(String[]::new));
      assertOneRecordPerDocument(r, files.size());
    } finally {
      try (Stream<Path> all = Files.list(dir)) {
        for (Path p : all.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Property(tries = 200, seed = "15")
  void randomArgumentsNeverThrowAndBadUsageWritesNothing(
      @ForAll("arguments") List<String> args) {
    Run r = run(STAND_IN, "{\"text\": \"نص\"}\n".getBytes(StandardCharsets.UTF_8),
        args.toArray(String[]::new));
    assertTrue(r.code() >= 0 && r.code() <= 3, r.code() + " " + r.err());
    if (r.code() == 2) {
      assertEquals("", r.out());
    }
  }

  @Provide
  Arbitrary<List<String>> arguments() {
    return Arbitraries.of("--jsonl", "-", "--threads", "0", "2", "x", "--max-chars", "-1", "10",
        "--published", "2026-01-29", "2026-13-01", "--pretty", "--progress", "--no-progress",
        "--", "--frob", "", "-h", "/nonexistent/a.txt").list().ofMaxSize(6);
  }

  @Property(tries = 25, seed = "15")
  void randomJsonlLinesThroughTheRealExtractorGiveOneRecordEach(
      @ForAll("jsonlLines") List<String> lines) throws IOException {
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    Run r = run(real(), input, "--jsonl", "-", "--threads", "2");
    assertOneRecordPerDocument(r, nonBlankLines(input));
  }
}
