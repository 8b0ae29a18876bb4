package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The pieces of the batch command: line reading, decoding, names, progress text. */
class BatchPartsTest {

  private static List<String> lines(String input, int max) throws IOException {
    ByteLineReader r = new ByteLineReader(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      out.add(r.tooLong() ? "<too long:" + r.lineNumber() + ">"
          : new String(r.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void lineReaderSplitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline()
      throws IOException {
    assertEquals(List.of("قال الوزير", "", "زار الرئيس"), lines("قال الوزير\r\n\nزار الرئيس", 100));
    assertEquals(List.of("a"), lines("a\n", 100));
    assertEquals(List.of(), lines("", 100));
  }

  @Test
  void lineReaderSkipsALineLongerThanItsLimitAndGoesOn() throws IOException {
    String longLine = "خبر ".repeat(50_000);
    assertEquals(List.of("قصير", "<too long:2>", "بعده"),
        lines("قصير\n" + longLine + "\nبعده\n", 1000));
  }

  @Property(tries = 200)
  void lineReaderGivesBackTheLinesItWasGiven(@ForAll @Size(max = 20) List<@Size(max = 300)
      List<@IntRange(min = 0x20, max = 0x6FF) Integer>> codePoints) throws IOException {
    List<String> expected = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (List<Integer> line : codePoints) {
      StringBuilder b = new StringBuilder();
      line.forEach(b::appendCodePoint);
      expected.add(b.toString());
      input.append(b).append('\n');
    }
    assertEquals(expected, lines(input.toString(), 1 << 20));
  }

  @Property(tries = 300)
  void strictDecodingAgreesWithJavaOnValidUtf8AndRejectsInvalid(@ForAll byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    boolean valid = java.util.Arrays.equals(lenient.getBytes(StandardCharsets.UTF_8), bytes);
    try {
      assertEquals(lenient, Utf8.decode(bytes, 0, bytes.length));
      assertTrue(valid);
    } catch (Utf8.InvalidUtf8Exception e) {
      assertFalse(valid);
      assertTrue(e.offset() >= 0 && e.offset() < bytes.length);
    }
  }

  @Test
  void strictDecodingReportsTheByteOffsetOfTheFirstBadByte() {
    byte[] text = "وزير".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(text);
    b.write(0xFF);
    Utf8.InvalidUtf8Exception e = assertThrows(Utf8.InvalidUtf8Exception.class,
        () -> Utf8.decode(b.toByteArray(), 0, b.size()));
    assertEquals(text.length, e.offset());
    // a sequence cut at the end is invalid too
    assertThrows(Utf8.InvalidUtf8Exception.class,
        () -> Utf8.decode(text, 0, text.length - 1));
    // and an empty range is the empty text, not an error
    assertEquals("", assertDoesNotThrow(() -> Utf8.decode(text, 0, 0)));
  }

  @Test
  void fileNamesKeepArabicAndLoseSeparators() {
    assertEquals("أخبار_دمشق", DirectorySink.fileName("أخبار/دمشق"));
    assertEquals("_._etc_passwd", DirectorySink.fileName("../etc/passwd"));
    assertEquals("_hidden", DirectorySink.fileName(".hidden"));
    assertEquals("article-1.v2", DirectorySink.fileName("article-1.v2"));
    assertEquals("خبر_عاجل", DirectorySink.fileName("خبر عاجل"));
    assertEquals("document", DirectorySink.fileName(""));
  }

  @Property(tries = 300)
  void fileNamesAreNeverEmptyNeverHiddenAndFitAFileSystem(@ForAll String stem) {
    String name = DirectorySink.fileName(stem);
    assertFalse(name.isEmpty());
    assertFalse(name.startsWith("."));
    assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 200, name);
    assertTrue(name.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0 || c == ':'), name);
  }

  @Test
  void progressLineShowsCountsRatesAndEtaWhenTheTotalIsKnown() {
    String line = Progress.bar(250, 0, OptionalLong.of(1000), OptionalLong.empty(),
        10_000_000_000L, 25, 5000, 0);
    assertEquals("[====>           ]  25%  250/1000  25.0 docs/s  5.00k words/s  ETA 0:30",
        line);
    assertTrue(line.length() < 80);
    String huge = Progress.bar(1_234_567, 0, OptionalLong.of(9_999_999), OptionalLong.empty(),
        3_000_000_000L, 411_522, 33_333_333, 0);
    assertTrue(huge.length() < 80, huge);
  }

  @Test
  void progressLineUsesBytesForAJsonlFileAndElapsedTimeWhenNothingIsKnown() {
    String bytes = Progress.bar(10, 500, OptionalLong.empty(), OptionalLong.of(1000),
        2_000_000_000L, 5, 1500, 250);
    assertTrue(bytes.startsWith("[========>       ]  50%  10 docs  5.00 docs/s"), bytes);
    assertTrue(bytes.endsWith("ETA 0:02"), bytes);
    String unknown = Progress.bar(10, 500, OptionalLong.empty(), OptionalLong.empty(),
        65_000_000_000L, 10 / 65.0, 3000 / 65.0, 0);
    assertEquals("10 docs  0.15 docs/s  46.2 words/s  1:05", unknown);
    String stalled = Progress.bar(0, 0, OptionalLong.of(10), OptionalLong.empty(), 1, 0, 0, 0);
    assertTrue(stalled.endsWith("ETA --:--"), stalled);
    String done = Progress.bar(10, 0, OptionalLong.of(10), OptionalLong.empty(),
        61_000_000_000L, 0, 0, 0);
    assertTrue(done.endsWith("done in 1:01"), done);
  }

  @Test
  void summaryLineCountsDocumentsEntitiesEventsAndErrors() {
    assertEquals("extract: 5000 documents, 31210 entities, 4420 events, 2 errors;"
            + " 41.7 docs/s, 12.3k words/s; 120.0 s",
        Progress.summary("extract: ", 5000, 31210, 4420, 2, 1_476_000, 120_000_000_000L));
    assertEquals("1 document, 0 entities, 0 events, 1 error; 1.00 docs/s, 0.00 words/s; 1.0 s",
        Progress.summary("", 1, 0, 0, 1, 0, 1_000_000_000L));
  }

  @Test
  void ratesAndClocksAreShort() {
    assertEquals("1.20M", Progress.rate(1_200_000));
    assertEquals("999", Progress.rate(999.4));
    assertEquals("1.00k", Progress.rate(999.5));
    assertEquals("0:00", Progress.clock(0.2));
    assertEquals("1:01:01", Progress.clock(3661));
  }

  @Test
  void wordsAreRunsOfLettersAndDigitsWithTheirMarks() {
    assertEquals(5, WordCount.of("قَالَ الوزير إن 2026 عامُ"));
    assertEquals(0, WordCount.of(" ... "));
  }
}
