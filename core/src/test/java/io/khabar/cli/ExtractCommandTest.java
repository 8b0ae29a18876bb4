package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.Extractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One extractor for every test: creating one costs seconds. */
  private static Extractor shared;

  private static synchronized Extractor shared() {
    if (shared == null) {
      shared = Extractor.createDefault();
    }
    return shared;
  }

  private static final ExtractCommand.ExtractorFactory SHARED = maxChars -> {
    if (maxChars.isPresent()) {
      return Extractor.builder().maxChars(maxChars.getAsInt()).build()::extract;
    }
    return shared()::extract;
  };

  /** Sentences written for these tests, in the style of news wires. */
  private static final String[] SENTENCES = {
      "التقى الرئيس السوري أحمد الشرع أمس وزير الخارجية التركي هاكان فيدان في دمشق.",
      "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة لاستضافة جولة جديدة من المحادثات.",
      "وصل الوفد المصري إلى الدوحة صباح الخميس لبحث وقف إطلاق النار في غزة.",
      "أعلنت الحكومة الأردنية اليوم عن خطة لدعم المزارعين في وادي الأردن.",
      "اتصل الرئيس الفرنسي إيمانويل ماكرون هاتفيا بولي العهد السعودي محمد بن سلمان.",
      "زار الأمين العام للأمم المتحدة أنطونيو غوتيريش بيروت الأسبوع الماضي.",
      "عقد مجلس الأمن الدولي جلسة طارئة في نيويورك لمناقشة الوضع في السودان.",
      "أفادت وكالة الأنباء الرسمية بأن الرئيس التونسي قيس سعيد استقبل رئيس الحكومة في قرطاج.",
      "وقعت الإمارات والهند اتفاقية تجارية جديدة في أبوظبي يوم الاثنين.",
      "يعتزم وزير الخارجية الأمريكي زيارة القاهرة الشهر المقبل لبحث الأزمة الإقليمية.",
  };

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  private int run(InputStream stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    return ExtractCommand.run(all, SHARED, stdin, new PrintWriter(out, true),
        new PrintWriter(err, true), false, "usage: test");
  }

  private static String document(int i) {
    return SENTENCES[i % SENTENCES.length] + " " + SENTENCES[(3 * i + 1) % SENTENCES.length];
  }

  private static String jsonlLine(String id, String text, String published) throws IOException {
    var node = JSON.createObjectNode().put("id", id).put("text", text);
    if (published != null) {
      node.put("published", published);
    }
    return JSON.writeValueAsString(node);
  }

  private static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> lines(String output) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (!line.isEmpty()) {
        docs.add(JSON.readTree(line));
      }
    }
    return docs;
  }

  @Test
  void fourThreadsWriteTheSameBytesInTheSameOrderAsOne(@TempDir Path dir) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      jsonl.append(jsonlLine("doc-" + i, document(i), "2026-01-" + (10 + i % 19))).append('\n');
    }
    assertEquals(0, run(utf8(jsonl.toString()), "--jsonl", "-", "--threads", "1"));
    String serial = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run(utf8(jsonl.toString()), "--jsonl", "-", "--threads", "4"));
    assertEquals(serial, out.toString());
    List<JsonNode> docs = lines(serial);
    assertEquals(50, docs.size());
    for (int i = 0; i < 50; i++) {
      assertEquals("doc-" + i, docs.get(i).get("document").asText());
    }
    assertTrue(docs.stream().mapToInt(d -> d.get("entities").size()).sum() > 50, serial);

    Path in = dir.resolve("articles");
    for (int i = 0; i < 50; i++) {
      Path f = in.resolve(String.format("%02d/article-%02d.txt", i / 10, i));
      Files.createDirectories(f.getParent());
      Files.writeString(f, document(i));
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("--published", "2026-01-29", "--threads", "1", in.toString()));
    String serialFiles = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run("--published", "2026-01-29", "--threads", "4", in.toString()));
    assertEquals(serialFiles, out.toString());
    assertEquals(50, lines(serialFiles).size());
    assertEquals("04/article-49.txt", lines(serialFiles).get(49).get("document").asText());
  }

  @Test
  void aDirectoryIsReadRecursivelyInPathOrderWithRelativeNames(@TempDir Path dir)
      throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("2026/01"));
    Files.writeString(in.resolve("b.txt"), SENTENCES[0]);
    Files.writeString(in.resolve("2026/01/z.txt"), SENTENCES[1]);
    Files.writeString(in.resolve("2026/01/a.txt"), SENTENCES[2]);
    Files.writeString(in.resolve("2026/notes.md"), "ليس خبرا");
    assertEquals(0, run("--published", "2026-01-29", "--threads", "2", in.toString()));
    List<JsonNode> docs = lines(out.toString());
    assertEquals(List.of("2026/01/a.txt", "2026/01/z.txt", "b.txt"),
        docs.stream().map(d -> d.get("document").asText()).collect(Collectors.toList()));
    assertEquals("2026-01-29", docs.get(2).get("published").asText());
    assertTrue(docs.get(2).get("entities").toString().contains("الشرع"), docs.get(2).toString());
  }

  @Test
  void outDirHoldsOneSafelyNamedFilePerDocument(@TempDir Path dir) throws IOException {
    String input = jsonlLine("أخبار/دمشق", SENTENCES[0], "2026-01-29") + "\n"
        + jsonlLine("../خارج", SENTENCES[1], null) + "\n"
        + jsonlLine("أخبار/دمشق", SENTENCES[2], null) + "\n"
        + "{\"text\": \"" + SENTENCES[3] + "\"}\n"
        + "{\"id\": \"bad\"}\n";
    Path target = dir.resolve("out");
    assertEquals(1, run(utf8(input), "--jsonl", "-", "--out", target + "/", "--pretty"));
    assertEquals("", out.toString());
    try (Stream<Path> files = Files.list(target)) {
      assertEquals(List.of("_._خارج.json", "bad.json", "line-4.json", "أخبار_دمشق-2.json",
              "أخبار_دمشق.json"),
          files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()));
    }
    JsonNode first = JSON.readTree(target.resolve("أخبار_دمشق.json").toFile());
    assertEquals("أخبار/دمشق", first.get("document").asText());
    assertTrue(first.get("entities").toString().contains("الشرع"), first.toString());
    assertTrue(Files.readString(target.resolve("أخبار_دمشق.json")).contains("\n  "),
        "pretty");
    JsonNode bad = JSON.readTree(target.resolve("bad.json").toFile());
    assertEquals(5, bad.get("line").asInt());
    assertTrue(bad.get("error").asText().contains("text"), bad.toString());
  }

  @Test
  void outFileHoldsOneLinePerDocumentAndStdoutStaysEmpty(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, SENTENCES[4]);
    Files.writeString(b, SENTENCES[5]);
    Path target = dir.resolve("results/all.jsonl");
    assertEquals(0, run("--out", target.toString(), a.toString(), b.toString()));
    assertEquals("", out.toString());
    List<String> written = Files.readAllLines(target);
    assertEquals(2, written.size());
    assertEquals("a.txt", JSON.readTree(written.get(0)).get("document").asText());
    assertEquals("b.txt", JSON.readTree(written.get(1)).get("document").asText());
    assertTrue(Files.readString(target).endsWith("}\n"));
  }

  @Test
  void invalidUtf8FileIsAnErrorRecordInItsPlaceAndTheOthersAreWritten(@TempDir Path dir)
      throws IOException {
    Path a = dir.resolve("a.txt");
    Path bad = dir.resolve("bad.txt");
    Path c = dir.resolve("c.txt");
    Files.writeString(a, SENTENCES[6]);
    byte[] arabic = SENTENCES[7].getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[arabic.length + 1];
    System.arraycopy(arabic, 0, broken, 0, 10);
    broken[10] = (byte) 0xC0; // never valid in UTF-8
    System.arraycopy(arabic, 10, broken, 11, arabic.length - 10);
    Files.write(bad, broken);
    Files.writeString(c, SENTENCES[8]);
    Path missing = dir.resolve("missing.txt");
    assertEquals(1, run("--threads", "3", a.toString(), bad.toString(), missing.toString(),
        c.toString()));
    List<JsonNode> docs = lines(out.toString());
    assertEquals(4, docs.size(), out.toString());
    assertEquals("a.txt", docs.get(0).get("document").asText());
    assertTrue(docs.get(0).has("entities"));
    assertEquals("bad.txt", docs.get(1).get("document").asText());
    assertEquals("not valid UTF-8 (byte 10)", docs.get(1).get("error").asText());
    assertFalse(docs.get(1).has("line"));
    assertEquals("missing.txt", docs.get(2).get("document").asText());
    assertTrue(docs.get(2).get("error").asText().contains("no such file"));
    assertEquals("c.txt", docs.get(3).get("document").asText());
    assertTrue(docs.get(3).has("entities"));
    assertTrue(err.toString().contains("4 documents"), err.toString());
    assertTrue(err.toString().contains("2 errors"), err.toString());
  }

  @Test
  void badJsonlLinesAreErrorRecordsWithTheirLineNumbers() throws IOException {
    byte[] invalid = "{\"id\": \"x\", \"text\": \"\u0646\u0635\"}".getBytes(StandardCharsets.UTF_8);
    invalid[invalid.length - 4] = (byte) 0xFF;
    StringBuilder s = new StringBuilder();
    s.append(jsonlLine("a", SENTENCES[0], "2026-01-29")).append("\r\n"); // 1, CRLF is fine
    s.append("{\"id\": \"b\", \"text\": \"نص\"\n"); // 2, unterminated
    s.append("\n"); // 3, blank: skipped
    s.append("INVALID\n"); // 4, invalid UTF-8 goes here
    s.append(jsonlLine("e", SENTENCES[1], "")).append('\n'); // 5, empty date
    s.append(jsonlLine("f", SENTENCES[1], "2026-02-30")).append('\n'); // 6, impossible date
    s.append("[1, 2]\n"); // 7, not an object
    s.append("{\"id\": \"h\", \"text\": \"قال\"} {\"id\": \"i\"}\n"); // 8, two objects
    s.append(jsonlLine("j", SENTENCES[2], null)); // 9, no final newline
    byte[] text = s.toString().getBytes(StandardCharsets.UTF_8);
    String marker = "INVALID";
    int at = s.toString().indexOf(marker);
    int byteAt = s.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    byte[] input = new byte[text.length - marker.length() + invalid.length];
    System.arraycopy(text, 0, input, 0, byteAt);
    System.arraycopy(invalid, 0, input, byteAt, invalid.length);
    System.arraycopy(text, byteAt + marker.length(), input, byteAt + invalid.length,
        text.length - byteAt - marker.length());

    assertEquals(1, run(new ByteArrayInputStream(input), "--jsonl", "-", "--threads", "2"));
    List<JsonNode> docs = lines(out.toString());
    assertEquals(8, docs.size(), out.toString());
    assertEquals("a", docs.get(0).get("document").asText());
    assertTrue(docs.get(0).has("entities"));
    assertEquals(2, docs.get(1).get("line").asInt());
    assertTrue(docs.get(1).get("error").asText().startsWith("malformed JSON"), docs.get(1).toString());
    assertEquals(4, docs.get(2).get("line").asInt());
    assertTrue(docs.get(2).get("error").asText().startsWith("not valid UTF-8"));
    assertEquals("e", docs.get(3).get("document").asText());
    assertEquals(5, docs.get(3).get("line").asInt());
    assertTrue(docs.get(3).get("error").asText().contains("published"));
    assertEquals("f", docs.get(4).get("document").asText());
    assertTrue(docs.get(4).get("error").asText().contains("2026-02-30"));
    assertEquals(7, docs.get(5).get("line").asInt());
    assertEquals("not a JSON object", docs.get(5).get("error").asText());
    assertEquals(8, docs.get(6).get("line").asInt());
    assertTrue(docs.get(6).get("error").asText().startsWith("malformed JSON"));
    assertEquals("j", docs.get(7).get("document").asText());
    assertTrue(docs.get(7).has("entities"));
  }

  @Test
  void withoutATerminalThereIsNoProgressBarButASummary(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, SENTENCES[0]);
    assertEquals(0, run("--published", "2026-01-29", a.toString()));
    String e = err.toString();
    assertFalse(e.contains("\r"), e);
    assertFalse(e.contains("ETA"), e);
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("extract ("), e);
    assertTrue(e.contains("1 document, "), e);
    assertTrue(e.contains(" entities, "), e);
    assertTrue(e.contains(" event, 0 errors; ") || e.contains(" events, 0 errors; "), e);
    assertTrue(e.contains(" words/s; "), e);
  }

  @Test
  void progressBarIsDrawnOnStderrWhenAskedFor(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, SENTENCES[0]);
    assertEquals(0, run("--progress", a.toString()));
    String e = err.toString();
    assertTrue(e.startsWith("\r["), e);
    assertTrue(e.contains("1/1  "), e);
    assertTrue(e.contains("1 document, "), e);
    assertEquals(1, lines(out.toString()).size());
  }

  @Test
  void aDocumentLongerThanMaxCharsIsAnErrorRecord(@TempDir Path dir) throws IOException {
    String input = jsonlLine("short", "زار لافروف دمشق.", null) + "\n"
        + jsonlLine("long", document(1).repeat(3), null) + "\n";
    assertEquals(1, run(utf8(input), "--jsonl", "-", "--max-chars", "100"));
    List<JsonNode> docs = lines(out.toString());
    assertTrue(docs.get(0).has("entities"));
    assertEquals("long", docs.get(1).get("document").asText());
    assertTrue(docs.get(1).get("error").asText().endsWith("is longer than --max-chars 100"),
        docs.get(1).toString());
    // a file far beyond the limit is rejected before it is read whole
    Path big = dir.resolve("big.txt");
    Files.writeString(big, document(2).repeat(10));
    out.getBuffer().setLength(0);
    assertEquals(1, run("--max-chars", "100", big.toString()));
    assertTrue(lines(out.toString()).get(0).get("error").asText().contains("--max-chars"));
  }

  @Test
  void exitCodeIsZeroWhenAllDocumentsAreExtractedAndTwoForBadUsage(@TempDir Path dir)
      throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, SENTENCES[9]);
    assertEquals(0, run(a.toString()));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertEquals(0, run(empty.toString()));
    assertTrue(err.toString().contains("0 documents"), err.toString());
    assertEquals(2, run());
    assertEquals(2, run("--threads", "0", a.toString()));
    assertEquals(2, run("--threads", "many", a.toString()));
    assertEquals(2, run("--max-chars", "-5", a.toString()));
    assertEquals(2, run("--published", "yesterday", a.toString()));
    assertEquals(2, run("--jsonl", "-", a.toString()));
    assertEquals(2, run("--frobnicate", a.toString()));
    assertEquals(2, run("--out", dir.resolve("x.jsonl").toString(), "--pretty", a.toString()));
    assertEquals(2, run(a.toString(), "--threads"));
    assertEquals(1, run("--jsonl", dir.resolve("missing.jsonl").toString()));
    assertTrue(err.toString().contains("usage: test"));
  }

  @Property(tries = 25)
  void anyJsonlInputGivesOneRecordPerNonBlankLineInOrder(
      @ForAll @Size(max = 12) List<@StringLength(max = 80) String> texts,
      @ForAll @Size(max = 12) List<@StringLength(max = 40) String> junk) throws IOException {
    StringBuilder input = new StringBuilder();
    List<String> expectedIds = new ArrayList<>();
    for (int i = 0; i < Math.max(texts.size(), junk.size()); i++) {
      if (i < texts.size()) {
        input.append(jsonlLine("t" + i, texts.get(i), null)).append('\n');
        expectedIds.add("t" + i);
      }
      if (i < junk.size()) {
        String line = junk.get(i).replace('\n', ' ').replace('\r', ' ');
        input.append(line).append('\n');
        if (!line.chars().allMatch(c -> c == ' ' || c == '\t')) {
          expectedIds.add(null);
        }
      }
    }
    out.getBuffer().setLength(0);
    int code = run(utf8(input.toString()), "--jsonl", "-", "--threads", "3");
    List<JsonNode> docs = lines(out.toString());
    assertEquals(expectedIds.size(), docs.size(), out.toString());
    boolean anyError = false;
    for (int i = 0; i < docs.size(); i++) {
      JsonNode d = docs.get(i);
      assertTrue(d.has("entities") ^ d.has("error"), d.toString());
      anyError |= d.has("error");
      if (expectedIds.get(i) != null) {
        assertEquals(expectedIds.get(i), d.get("document").asText(), d.toString());
      }
    }
    assertEquals(anyError ? 1 : 0, code);
  }

  @Test
  void anArgumentAfterDoubleDashIsAFileNameEvenIfItLooksLikeAnOption() throws IOException {
    assertEquals(1, run("--", "--pretty"));
    assertEquals("--pretty", lines(out.toString()).get(0).get("document").asText());
  }

  /** The events of one extraction JSON, each as its type and trigger offsets (ids renumber). */
  private static List<String> eventKeys(String json) throws IOException {
    List<String> keys = new ArrayList<>();
    for (JsonNode e : JSON.readTree(json).get("events")) {
      keys.add(e.get("type").asText() + "@" + e.get("trigger").get("start").asInt() + "-"
          + e.get("trigger").get("end").asInt());
    }
    return keys;
  }

  private String runDefaults(String... args) {
    out.getBuffer().setLength(0);
    String[] all = new String[args.length + 1];
    all[0] = "extract";
    System.arraycopy(args, 0, all, 1, args.length);
    assertEquals(0, ExtractCommand.run(all, ExtractCommand.ExtractorFactory.defaults(),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
        new PrintWriter(err, true), false, "usage: test"), err.toString());
    return out.toString();
  }

  @Test
  void eventAcceptorOnlyDropsEventsAndLeavesTheEntities(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, String.join(" ", SENTENCES), StandardCharsets.UTF_8);
    String plain = runDefaults("--published", "2026-03-12", a.toString());
    String judged = runDefaults("--event-acceptor", "--published", "2026-03-12", a.toString());
    List<String> all = eventKeys(plain);
    List<String> kept = eventKeys(judged);
    assertFalse(all.isEmpty(), plain);
    assertTrue(all.containsAll(kept), judged);
    assertEquals(JSON.readTree(plain).get("entities"), JSON.readTree(judged).get("entities"));
  }

  @Test
  void usageNamesTheEventAcceptor() {
    assertTrue(ExtractOptions.USAGE.contains("--event-acceptor"));
  }
}
