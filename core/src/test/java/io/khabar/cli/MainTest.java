package io.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void demoPrintsEntitiesAndADatedTimeline() {
    assertEquals(0, run("demo"));
    String o = out.toString();
    assertTrue(o.startsWith("published: 2026-01-29"), o);
    assertTrue(o.contains("ENTITIES"), o);
    assertTrue(o.contains("Ahmed al-Sharaa"), o);
    assertTrue(o.contains("Hakan Fidan"), o);
    assertTrue(o.contains("EVENTS, AS A TIMELINE"), o);
    assertTrue(o.contains("2026-01-27 PHONE_CALL"), o);
  }

  @Test
  void demoListsNamesAndKeepsTitlesApart() {
    assertEquals(0, run("demo"));
    String o = out.toString();
    // titles are shown apart from the names; a country's adjective is no name of the country
    assertTrue(o.contains("أحمد الشرع [الرئيس السوري]"), o);
    assertTrue(o.lines().filter(l -> l.contains(" Syria ")).noneMatch(l -> l.contains("السورية")),
        o);
  }

  @Test
  void extractPrintsOneJsonDocumentPerFileNamedAfterIt(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("article.txt");
    Files.writeString(f, "التقى الرئيس السوري أحمد الشرع أمس وزير الخارجية التركي هاكان فيدان في دمشق.",
        StandardCharsets.UTF_8);
    assertEquals(0, run("extract", "--published", "2026-01-29", f.toString()));
    JsonNode doc = JSON.readTree(out.toString());
    assertEquals("article.txt", doc.get("document").asText());
    assertEquals("2026-01-29", doc.get("published").asText());
    assertTrue(doc.get("entities").size() >= 3, doc.toString());
    assertEquals("MEETING", doc.get("events").get(0).get("type").asText(), doc.toString());
    assertEquals("2026-01-28", doc.get("events").get(0).get("date").asText(), doc.toString());
  }

  @Test
  void extractJsonlGivesAnErrorRecordForAMalformedLineAndGoesOn() throws IOException {
    String input = String.join("\n",
        "{\"id\": \"a\", \"text\": \"قال بوتين إن روسيا مستعدة.\", \"published\": \"2026-01-29\"}",
        "{not json",
        "{\"id\": \"c\", \"text\": \"زار لافروف دمشق.\", \"published\": \"2026-13-45\"}",
        "{\"id\": \"d\", \"text\": \"\"}") + "\n";
    int code = Main.run(new String[] {"extract", "--jsonl", "-"},
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(1, code);
    String[] lines = out.toString().split("\\R");
    assertEquals(4, lines.length, out.toString());
    assertEquals("a", JSON.readTree(lines[0]).get("document").asText());
    assertEquals(2, JSON.readTree(lines[1]).get("line").asInt());
    assertTrue(JSON.readTree(lines[1]).get("error").asText().contains("malformed JSON"));
    assertEquals("c", JSON.readTree(lines[2]).get("document").asText());
    assertTrue(JSON.readTree(lines[2]).get("error").asText().contains("2026-13-45"));
    assertEquals(0, JSON.readTree(lines[3]).get("entities").size());
  }

  @Test
  void extractRejectsAnImpossiblePublicationDate(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "نص", StandardCharsets.UTF_8);
    assertEquals(2, run("extract", "--published", "2026-02-30", f.toString()));
    assertTrue(err.toString().contains("2026-02-30"));
  }

  @Test
  void tokensPrintsOneTokenPerLineWithOffsets(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.txt");
    String text = "وصل الوفد إلى أنقرة (أ.ف.ب).";
    Files.writeString(f, text, StandardCharsets.UTF_8);
    assertEquals(0, run("tokens", f.toString()));
    String[] lines = out.toString().split("\\R");
    assertEquals("0\t3\tARABIC\tوصل", lines[0]);
    assertEquals("21\t26\tABBREVIATION\tأ.ف.ب", lines[5]);
    for (String line : lines) {
      String[] cols = line.split("\t");
      assertEquals(cols[3], text.substring(Integer.parseInt(cols[0]), Integer.parseInt(cols[1])));
    }
  }

  @Test
  void badArgumentsExitWithTwoAndUsage() {
    assertEquals(2, run());
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("tokens"));
    assertEquals(2, run("demo", "extra"));
    assertTrue(err.toString().contains("usage:"));
  }

  @Test
  void unreadableFileExitsWithOne(@TempDir Path dir) {
    assertEquals(1, run("tokens", dir.resolve("missing.txt").toString()));
  }
}
