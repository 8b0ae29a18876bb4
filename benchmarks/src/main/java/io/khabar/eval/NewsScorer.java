package io.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scores the real-news set as {@code score_events.py} does ({@link GoldScorer}), with the rules
 * of issue 13: gold events whose {@code modality} is neither absent nor PLANNED (negated,
 * exhorted, expected, feared, conditional, hypothetical) are left out, and so are system events
 * whose modality is neither ASSERTED nor PLANNED, so a system that reports such an event as fact
 * pays a false positive; a gold {@code "date": null} is right only when the system gives no date.
 * Both are done by rewriting the two JSON documents before {@link GoldScorer#scoreDocument}: the
 * null date becomes the token {@value #NO_DATE} on both sides. Per event type, the scores are
 * those of the documents with only that type's events (pairing never crosses types). Date and
 * basis agreement rewrites each date as {@code date|basis} on both sides.
 */
public final class NewsScorer {

  static final String NO_DATE = "none";

  private NewsScorer() {}

  /** The whole result for one document. */
  public record NewsScore(GoldScorer.DocScore all, Map<String, GoldScorer.Counts> byType,
      GoldScorer.Counts withBasis) {}

  public static NewsScore score(String name, JsonNode gold, JsonNode out) {
    ObjectNode g = asserted(gold, "modality", m -> m.isEmpty() || m.equals("PLANNED"), false);
    ObjectNode s = asserted(out, "modality", m -> m.equals("ASSERTED") || m.equals("PLANNED"), true);
    GoldScorer.DocScore all = GoldScorer.scoreDocument(name, g, s);
    Set<String> types = new TreeSet<>();
    g.path("events").forEach(e -> types.add(e.path("type").asText()));
    s.path("events").forEach(e -> types.add(e.path("type").asText()));
    Map<String, GoldScorer.Counts> byType = new LinkedHashMap<>();
    for (String t : types) {
      byType.put(t, GoldScorer.scoreDocument(name, onlyType(g, t), onlyType(s, t)).counts());
    }
    GoldScorer.Counts withBasis = GoldScorer.scoreDocument(name, withBasis(g, true),
        withBasis(s, false)).counts();
    return new NewsScore(all, byType, withBasis);
  }

  /** The event errors behind {@link #score}'s totals (same rewriting of both documents). */
  public static GoldScorer.EventErrors errors(JsonNode gold, JsonNode out) {
    return GoldScorer.eventErrors(
        asserted(gold, "modality", m -> m.isEmpty() || m.equals("PLANNED"), false),
        asserted(out, "modality", m -> m.equals("ASSERTED") || m.equals("PLANNED"), true));
  }

  /**
   * The matched pairs whose date or basis is wrong, with both sides' dates written as
   * {@code date|basis} (the pairing of {@link #score}'s date-and-basis agreement).
   */
  public static java.util.List<JsonNode[]> wrongDateOrBasis(JsonNode gold, JsonNode out) {
    ObjectNode g = asserted(gold, "modality", m -> m.isEmpty() || m.equals("PLANNED"), false);
    ObjectNode s = asserted(out, "modality", m -> m.equals("ASSERTED") || m.equals("PLANNED"), true);
    return GoldScorer.eventErrors(withBasis(g, true), withBasis(s, false)).wrongDate();
  }

  /**
   * The system's false positives that match a gold event the scorer leaves out for its modality
   * (negated, exhorted, expected, feared, conditional, hypothetical): events the text does not
   * assert that the system reports as fact. Each pair is the gold event and the system event,
   * paired as {@link GoldScorer} pairs.
   */
  public static java.util.List<JsonNode[]> unassertedAsFact(JsonNode gold, JsonNode out) {
    ObjectNode unasserted = asserted(gold, "modality", m -> !m.isEmpty() && !m.equals("PLANNED"),
        false);
    ObjectNode spurious = ((ObjectNode) out).deepCopy();
    ArrayNode events = spurious.putArray("events");
    errors(gold, out).spurious().forEach(e -> events.add(e.deepCopy()));
    java.util.List<JsonNode> gevs = new java.util.ArrayList<>();
    unasserted.path("events").forEach(gevs::add);
    GoldScorer.EventErrors left = GoldScorer.eventErrors(unasserted, spurious);
    java.util.List<JsonNode[]> pairs = new java.util.ArrayList<>();
    java.util.List<JsonNode> unmatchedGold = new java.util.ArrayList<>(left.missed());
    for (JsonNode s : spurious.path("events")) {
      if (left.spurious().stream().noneMatch(x -> x.equals(s))) {
        JsonNode g = gevs.stream().filter(x -> !unmatchedGold.contains(x)
            && x.path("type").asText().equals(s.path("type").asText())).findFirst()
            .orElse(GoldScorerJson.emptyObject());
        pairs.add(new JsonNode[] {g, s});
      }
    }
    return pairs;
  }

  /**
   * The gold events the system misses because it reports them as not asserted: each missed
   * asserted or planned gold event that a system event of another modality matches, with that
   * system event.
   */
  public static java.util.List<JsonNode[]> assertedAsUnasserted(JsonNode gold, JsonNode out) {
    ObjectNode missed = ((ObjectNode) gold).deepCopy();
    ArrayNode events = missed.putArray("events");
    errors(gold, out).missed().forEach(e -> events.add(e.deepCopy()));
    ObjectNode unasserted = asserted(out, "modality",
        m -> !m.equals("ASSERTED") && !m.equals("PLANNED"), true);
    ObjectNode g = asserted(missed, "modality", m -> m.isEmpty() || m.equals("PLANNED"), false);
    java.util.List<JsonNode> left = GoldScorer.eventErrors(g, unasserted).missed();
    java.util.List<JsonNode> sys = new java.util.ArrayList<>();
    unasserted.path("events").forEach(sys::add);
    java.util.List<JsonNode[]> pairs = new java.util.ArrayList<>();
    for (JsonNode e : g.path("events")) {
      if (!left.contains(e)) {
        JsonNode s = sys.stream().filter(x -> x.path("type").asText()
            .equals(e.path("type").asText())).findFirst().orElse(GoldScorerJson.emptyObject());
        pairs.add(new JsonNode[] {e, s});
      }
    }
    return pairs;
  }

  /** A copy whose events pass {@code keep} on their modality, null dates written as a token. */
  private static ObjectNode asserted(JsonNode doc, String field, Predicate<String> keep,
      boolean system) {
    ObjectNode copy = doc.isObject() ? ((ObjectNode) doc).deepCopy()
        : GoldScorerJson.emptyObject();
    ArrayNode events = copy.putArray("events");
    for (JsonNode e : doc.path("events")) {
      String m = e.path(field).isTextual() ? e.path(field).asText() : "";
      if (!keep.test(m)) {
        continue;
      }
      ObjectNode c = e.deepCopy();
      if (system ? c.path("date").isNull() || c.path("date").isMissingNode() : c.has("date")) {
        c.set("date", noNull(c.path("date")));
      }
      events.add(c);
    }
    return copy;
  }

  private static JsonNode noNull(JsonNode date) {
    if (date.isNull() || date.isMissingNode()) {
      return GoldScorerJson.text(NO_DATE);
    }
    if (date.isArray()) {
      ArrayNode a = GoldScorerJson.emptyArray();
      date.forEach(d -> a.add(d.isNull() ? NO_DATE : d.asText()));
      return a;
    }
    return date;
  }

  private static ObjectNode onlyType(ObjectNode doc, String type) {
    ObjectNode copy = doc.deepCopy();
    ArrayNode events = copy.putArray("events");
    doc.path("events").forEach(e -> {
      if (e.path("type").asText().equals(type)) {
        events.add(e.deepCopy());
      }
    });
    return copy;
  }

  /** Dates rewritten as {@code date|basis} (gold basis defaults to TEXT when a date is given). */
  private static ObjectNode withBasis(ObjectNode doc, boolean gold) {
    ObjectNode copy = doc.deepCopy();
    ArrayNode events = copy.putArray("events");
    for (JsonNode e : doc.path("events")) {
      ObjectNode c = e.deepCopy();
      if (c.has("date")) {
        String basis = c.path("dateBasis").isTextual() ? c.path("dateBasis").asText()
            : gold && !isNoDate(c.path("date")) ? "TEXT" : "null";
        JsonNode d = c.path("date");
        if (d.isArray()) {
          ArrayNode a = GoldScorerJson.emptyArray();
          d.forEach(x -> a.add(x.asText() + "|" + (x.asText().equals(NO_DATE) ? "null" : basis)));
          c.set("date", a);
        } else {
          c.put("date", d.asText() + "|" + (d.asText().equals(NO_DATE) ? "null" : basis));
        }
      }
      events.add(c);
    }
    return copy;
  }

  private static boolean isNoDate(JsonNode d) {
    return d.isTextual() && d.asText().equals(NO_DATE);
  }

  /** Node factories. */
  private static final class GoldScorerJson {
    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory F =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    static ObjectNode emptyObject() {
      return F.objectNode();
    }

    static ArrayNode emptyArray() {
      return F.arrayNode();
    }

    static JsonNode text(String s) {
      return F.textNode(s);
    }
  }
}
