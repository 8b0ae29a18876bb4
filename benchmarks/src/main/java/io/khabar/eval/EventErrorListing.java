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
 * A {@code DATE} line names its kind (see {@link #dateKind}) and compares {@code date|basis}
 * on both sides, so a right date with the wrong basis is listed too; an {@code FP} that matches
 * a gold event left out for its modality is {@code FP-MODALITY} with the gold modality, and an
 * {@code FN} that a system event of another modality matches is {@code FN-MODALITY}. {@link
 * #print} returns how many lines of each kind it printed.
 */
final class EventErrorListing {

  private EventErrorListing() {}

  static Map<String, Integer> print(String id, String text, JsonNode gold, JsonNode out) {
    Map<String, Integer> tally = new java.util.TreeMap<>();
    GoldScorer.EventErrors e = NewsScorer.errors(gold, out);
    List<JsonNode[]> unasserted = NewsScorer.unassertedAsFact(gold, out);
    Map<String, String> names = new HashMap<>();
    for (JsonNode ent : out.path("entities")) {
      String n = ent.path("mentions").path(0).path("text").asText(ent.path("name").asText());
      names.put(ent.path("id").asText(), n + "/" + ent.path("type").asText().charAt(0));
    }
    List<JsonNode[]> hedged = NewsScorer.assertedAsUnasserted(gold, out);
    for (JsonNode g : e.missed()) {
      JsonNode[] h = hedged.stream().filter(p -> sameEvent(p[0], g)).findFirst().orElse(null);
      String kind = h == null ? "FN" : "FN-MODALITY";
      tally.merge(kind, 1, Integer::sum);
      System.out.printf("%s %s %s%s%n", kind, id, gold(g),
          h == null ? "" : "\n    got " + system(h[1], names, text));
    }
    for (JsonNode s : e.spurious()) {
      JsonNode[] u = unasserted.stream().filter(p -> p[1].equals(s)).findFirst().orElse(null);
      String kind = u == null ? "FP" : "FP-MODALITY";
      tally.merge(kind, 1, Integer::sum);
      System.out.printf("%s %s %s%s%n", kind, id, system(s, names, text),
          u == null ? "" : "\n    gold " + u[0].path("modality").asText() + " " + gold(u[0]));
    }
    for (JsonNode[] p : NewsScorer.wrongDateOrBasis(gold, out)) {
      String kind = "DATE-" + dateKind(p[0].path("date"), p[1].path("date"));
      tally.merge(kind, 1, Integer::sum);
      System.out.printf("%s %s %s%n    got %s%n", kind, id, gold(p[0]),
          system(p[1], names, text));
    }
    for (JsonNode[] p : e.wrongPlace()) {
      System.out.printf("PLACE %s %s place=%s%n    got %s%n", id, gold(p[0]),
          p[0].path("place").asText(), system(p[1], names, text));
    }
    return tally;
  }

  /** The same gold event, its null date perhaps rewritten as a token. */
  private static boolean sameEvent(JsonNode a, JsonNode b) {
    return a.path("type").equals(b.path("type")) && a.path("participants").equals(
        b.path("participants")) && a.path("evidence").equals(b.path("evidence"));
  }

  /**
   * What is wrong in a matched pair's {@code date|basis}: {@code UNDATED} the gold has a date the
   * system does not give, {@code DATED} the system dates a gold undated event, {@code BASIS} the
   * date is right but its basis is not, {@code VALUE} both are dated differently.
   */
  static String dateKind(JsonNode gold, JsonNode system) {
    String s = system.asText();
    String sDate = s.substring(0, Math.max(0, s.indexOf('|')));
    List<String> g = new ArrayList<>();
    if (gold.isArray()) {
      gold.forEach(x -> g.add(x.asText()));
    } else {
      g.add(gold.asText());
    }
    boolean goldUndated = g.stream().allMatch(x -> x.startsWith(NewsScorer.NO_DATE + "|"));
    if (sDate.equals(NewsScorer.NO_DATE)) {
      return "UNDATED";
    }
    if (goldUndated) {
      return "DATED";
    }
    return g.stream().anyMatch(x -> x.startsWith(sDate + "|")) ? "BASIS" : "VALUE";
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
