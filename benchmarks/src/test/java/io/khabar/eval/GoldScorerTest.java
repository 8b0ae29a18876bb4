package io.khabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores hand-made extraction outputs against three of our annotated articles with both the Java
 * scorer and {@code ../shared/tools/score_events.py}, and requires identical numbers.
 */
class GoldScorerTest {
  private static final String DOCS = "/io/khabar/testdata/docs/";

  // kh-001: clitic-attached mentions (لسوريا, بدمشق), an optional entity (أ.ف.ب), a spurious
  // entity, two system entities for one gold entity, a MISC entity (not scored), events whose
  // duplicates collapse, a right and a wrong date, a right place.
  private static final String OUT_001 = """
      {"document":"kh-001.txt","published":"2014-03-12","entities":[
       {"id":"E1","type":"PERSON","name":"Bashar al-Assad","mentions":[{"text":"بشار الأسد"},{"text":"الأسد"}]},
       {"id":"E2","type":"PERSON","name":"Zarif","mentions":[{"text":"محمد جواد ظريف"}]},
       {"id":"E3","type":"PERSON","name":"Javad","mentions":[{"text":"وظريف"}]},
       {"id":"E4","type":"LOCATION","name":"Dimashq","mentions":[{"text":"بدمشق"}]},
       {"id":"E5","type":"LOCATION","name":"Syria","mentions":[{"text":"لسوريا"}]},
       {"id":"E6","type":"ORGANIZATION","name":"AFP","mentions":[{"text":"أ.ف.ب"}]},
       {"id":"E7","type":"ORGANIZATION","name":"Conference","mentions":[{"text":"مؤتمر صحفي"}]},
       {"id":"E8","type":"MISC","name":"terrorism","mentions":[{"text":"الإرهاب"}]},
       {"id":"E9","type":"LOCATION","name":"Iran","mentions":[{"text":"إيران"}]},
       {"id":"E10","type":"ORGANIZATION","name":"Syrian Presidency","mentions":[{"text":"للرئاسة السورية"}]}],
      "events":[
       {"id":"V1","type":"MEETING","participants":[{"entity":"E1","role":"AGENT"},{"entity":"E2","role":"PARTICIPANT"}],"place":"E4","date":"2014-03-11"},
       {"id":"V2","type":"MEETING","participants":[{"entity":"E1"},{"entity":"E2"}],"place":null,"date":"2014-03-11"},
       {"id":"V3","type":"STATEMENT","participants":[{"entity":"E3","role":"SPEAKER"}],"place":null,"date":null},
       {"id":"V4","type":"AID","participants":[{"entity":"E9"},{"entity":"E5"}],"place":null,"date":"2014-03"},
       {"id":"V5","type":"ATTACK","participants":[{"entity":"E9"}],"place":null,"date":null},
       {"id":"V6","type":"VISIT","participants":["E2"],"place":"E4","date":"2014-03-10"}]}
      """;

  // kh-004: spelling by canonical name only, odd spaces, quotes and harakat in mentions, a participant that is no entity, a date list.
  private static final String OUT_004 = """
      {"document":"kh-004.txt","published":"2025-05-14","entities":[
       {"id":"E1","type":"PERSON","name":"Donald Trump","mentions":[{"text":"ترمب"}]},
       {"id":"E2","type":"PERSON","name":"Ahmed al-Sharaa","mentions":[{"text":"والشرع"}]},
       {"id":"E3","type":"LOCATION","name":"ar-Riyad","mentions":[{"text":" \\u00a0الرياض\\u2009"}]},
       {"id":"E5","type":"PERSON","name":"al-Shar'a","mentions":[{"text":"«الشَّرع»"}]},
       {"id":"E4","type":"PERSON","name":"Erdogan","mentions":[{"text":"أردوغان"}]}],
      "events":[
       {"id":"V1","type":"MEETING","participants":[{"entity":"E1"},{"entity":"E2"}],"place":"E3","date":"2025-05-14"},
       {"id":"V2","type":"PHONE_CALL","participants":[{"entity":"E4"},{"entity":"E1"}],"place":null,"date":"2025-05-13"},
       {"id":"V3","type":"SANCTIONS","participants":[{"entity":"E1"},{"entity":"E99"}],"place":null,"date":"2025-05-13"},
       {"id":"V4","type":"VISIT","participants":[{"entity":"E1"}],"place":"E3","date":null},
       {"id":"V5","type":"VISIT","participants":[{"entity":"E1"}],"place":null,"date":"2025-05-15"}]}
      """;

  @Test
  void matchesThePythonScorerOnHandMadeOutputs(@TempDir Path tmp) throws Exception {
    Path script = sharedDir().resolve("tools/score_events.py");
    assumeTrue(Files.isRegularFile(script), "needs ../shared/tools/score_events.py");
    assumeTrue(pythonAvailable(), "needs python3 on the PATH");
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    for (String name : List.of("kh-001", "kh-004", "kh-009")) {
      try (InputStream in = GoldScorerTest.class.getResourceAsStream(DOCS + name + ".json")) {
        Files.write(gold.resolve(name + ".json"), in.readAllBytes());
      }
    }
    Files.writeString(out.resolve("kh-001.json"), OUT_001, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("kh-004.json"), OUT_004, StandardCharsets.UTF_8);
    // kh-009 has no output file: everything is a false negative

    GoldScorer.Score java = GoldScorer.score(gold, out);
    JsonNode py = new ObjectMapper().readTree(run(script, gold, out, "--json"));
    assertEquals(py.path("docs").asInt(), java.documents().size());
    assertEquals(py.path("entity").path("p").asDouble(), java.entityPrecision(), 1e-12);
    assertEquals(py.path("entity").path("r").asDouble(), java.entityRecall(), 1e-12);
    assertEquals(py.path("entity").path("f1").asDouble(), java.entityF1(), 1e-12);
    assertEquals(py.path("event").path("p").asDouble(), java.eventPrecision(), 1e-12);
    assertEquals(py.path("event").path("r").asDouble(), java.eventRecall(), 1e-12);
    assertEquals(py.path("event").path("f1").asDouble(), java.eventF1(), 1e-12);
    assertEquals(py.path("date_acc").asDouble(), java.dateAccuracy(), 1e-12);
    assertEquals(py.path("place_acc").asDouble(), java.placeAccuracy(), 1e-12);

    // the per-document report lines are the same text too
    assertEquals(run(script, gold, out).strip(), javaReport(gold, out).strip());
  }

  @Test
  void scoresAPerfectOutputAsOne(@TempDir Path tmp) throws IOException {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(gold.resolve("a.json"), """
        {"document":"a.txt","published":"2025-01-01","entities":[
          {"key":"putin","type":"PERSON","canonical":"Vladimir Putin","aliases":["بوتين"]},
          {"key":"moscow","type":"LOCATION","canonical":"Moscow","aliases":["موسكو"]}],
         "timexes":[],"events":[{"type":"VISIT","participants":["putin"],"date":["2025-01-01","2024-12-31"],"place":"moscow"}]}
        """);
    Files.writeString(out.resolve("a.json"), """
        {"entities":[{"id":"E1","type":"PERSON","name":"x","mentions":[{"text":"وبوتين"}]},
                     {"id":"E2","type":"LOCATION","name":"x","mentions":[{"text":"لموسكو"}]}],
         "events":[{"id":"V1","type":"VISIT","participants":[{"entity":"E1"}],"place":"E2","date":"2024-12-31"}]}
        """);
    GoldScorer.Score s = GoldScorer.score(gold, out);
    assertEquals(1.0, s.entityF1());
    assertEquals(1.0, s.eventF1());
    assertEquals(1.0, s.dateAccuracy());
    assertEquals(1.0, s.placeAccuracy());
  }

  @Test
  void toleratesSparseOrOddOutputs(@TempDir Path tmp) throws IOException {
    Path gold = Files.createDirectories(tmp.resolve("gold"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(gold.resolve("b.json"), """
        {"document":"b.txt","published":"2025-01-01","entities":[
          {"key":"sisi","type":"PERSON","canonical":"Abdel Fattah el-Sisi","aliases":["السيسي"]},
          {"key":"cairo","type":"LOCATION","canonical":"Cairo","aliases":["القاهرة"],"optional":true}],
         "timexes":[],"events":[{"type":"STATEMENT","participants":["sisi"],"date":null,"place":"cairo"}]}
        """);
    Files.writeString(out.resolve("b.json"), """
        {"entities":[{"type":"PERSON","mentions":[{}]},{"id":"E2","type":"PERSON","name":null,"mentions":[]},
                     {"id":"E3","type":"LOCATION","name":"Cairo"},{"id":"E4","type":"PERSON","mentions":[{"text":"السيسي"}]}],
         "events":[{"type":"STATEMENT","participants":["E4",{"role":"SPEAKER"},{"entity":"E9"}]},
                   {"participants":[]},{"type":"STATEMENT"}]}
        """);
    GoldScorer.Score s = GoldScorer.score(gold, out);
    assertEquals(1, s.counts().entityTp());
    assertEquals(2, s.counts().entityFp());
    assertEquals(1, s.counts().eventTp());
    assertEquals(2, s.counts().eventFp());
    assertEquals(0, s.counts().dateOk());
    assertEquals(1, s.counts().dateTotal());
  }

  private static String javaReport(Path gold, Path out) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(ps);
      GoldScorer.main(new String[] {gold.toString(), out.toString()});
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static Path sharedDir() {
    return io.khabar.testdata.SharedData.root();
  }

  private static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String run(Path script, Path gold, Path out, String... extra) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("python3", script.toString(), gold.toString(), out.toString()));
    cmd.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("PYTHONIOENCODING", "utf-8");
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), text);
    return text;
  }
}
