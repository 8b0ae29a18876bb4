package io.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the event errors of one real-news article ({@link NewsScorer#errors}) for reading, one
 * line each: {@code FN} a gold event missed (type, participant keys, date, evidence), {@code FP}
 * a system event matching no gold one (type, participants as role:name, date and basis, trigger,
 * sentence), {@code DATE} and {@code PLACE} a matched pair whose date or place is wrong.
 */
final class EventErrorListing {

  private EventErrorListing() {}

  static void print(String id, String text, JsonNode gold, JsonNode out) {
    GoldScorer.EventErrors e = NewsScorer.errors(gold, out);
    Map<String, String> names = new HashMap<>();
    for (JsonNode ent : out.path("entities")) {
      String n = ent.path("mentions").path(0).path("text").asText(ent.path("name").asText());
      names.put(ent.path("id").asText(), n + "/" + ent.path("type").asText().charAt(0));
    }
    for (JsonNode g : e.missed()) {
      System.out.printf("FN %s %s%n", id, gold(g));
    }
    for (JsonNode s : e.spurious()) {
      System.out.printf("FP %s %s%n", id, system(s, names, text));
    }
    for (JsonNode[] p : e.wrongDate()) {
      System.out.printf("DATE %s %s%n    got %s%n", id, gold(p[0]), system(p[1], names, text));
    }
    for (JsonNode[] p : e.wrongPlace()) {
      System.out.printf("PLACE %s %s place=%s%n    got %s%n", id, gold(p[0]),
          p[0].path("place").asText(), system(p[1], names, text));
    }
  }

  private static String gold(JsonNode g) {
    List<String> ps = new ArrayList<>();
    g.path("participants").forEach(p -> ps.add(p.asText()));
    return g.path("type").asText() + " " + ps + " date=" + g.path("date") + " | "
        + g.path("evidence").asText("");
  }

  private static String system(JsonNode s, Map<String, String> names, String text) {
    List<String> ps = new ArrayList<>();
    s.path("participants").forEach(p -> ps.add(p.path("role").asText().toLowerCase() + ":"
        + names.getOrDefault(p.path("entity").asText(), "?")));
    String place = s.path("place").isTextual()
        ? " place=" + names.getOrDefault(s.path("place").asText(), "?") : "";
    int from = s.path("sentence").path("start").asInt();
    int to = Math.min(s.path("sentence").path("end").asInt(), text.length());
    return s.path("type").asText() + " " + ps + place + " date=" + s.path("date").asText()
        + "/" + s.path("dateBasis").asText() + " " + s.path("modality").asText() + " «"
        + s.path("trigger").path("text").asText() + "» | "
        + text.substring(from, to).replace('\n', ' ');
  }
}
