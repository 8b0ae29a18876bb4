package io.khabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Document-level scorer, a line-for-line port of {@code ../shared/tools/score_events.py} so that
 * Java tests can score without Python. Same rules: Arabic normalisation of names, alias match
 * tolerant of one or two leading proclitics (and لل to ال), one gold entity claimed once, system
 * events collapsed to distinct (type, participants, date), greedy pairing by participant overlap
 * plus a date bonus, then date and place accuracy over matched required events.
 *
 * <p>usage: {@code GoldScorer GOLD_DIR OUTPUT_DIR [--json]}
 */
public final class GoldScorer {
  private static final Set<String> SCORED_ENTITY_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");
  private static final Pattern DIACRITICS =
      Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
  private static final Pattern ALEFS = Pattern.compile("[أإآٱ]");
  private static final Pattern QUOTES = Pattern.compile("[«»\"“”'()\\[\\]]");
  // exactly Python's str.isspace() set, which its re \s and str.strip() use
  private static final String PY_SPACE =
      "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  private static final Pattern SPACES = Pattern.compile("[" + PY_SPACE + "]+");
  private static final Pattern EDGE_SPACES = Pattern.compile("^[" + PY_SPACE + "]+|[" + PY_SPACE + "]+$");
  private static final String PROCLITICS = "وفبلك";
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldScorer() {}

  /** Counts for one document or a whole set. */
  public record Counts(
      int entityTp, int entityFp, int entityFn,
      int eventTp, int eventFp, int eventFn,
      int dateOk, int dateTotal, int placeOk, int placeTotal) {
    public Counts plus(Counts o) {
      return new Counts(entityTp + o.entityTp, entityFp + o.entityFp, entityFn + o.entityFn,
          eventTp + o.eventTp, eventFp + o.eventFp, eventFn + o.eventFn,
          dateOk + o.dateOk, dateTotal + o.dateTotal, placeOk + o.placeOk, placeTotal + o.placeTotal);
    }
  }

  /** One document's result with the diagnostics the Python scorer prints. */
  public record DocScore(String name, Counts counts, List<String> missedEntities,
      List<String> spuriousEntities, List<String> missedEvents) {}

  /** Totals over a gold directory. */
  public record Score(Counts counts, List<DocScore> documents) {
    public double entityPrecision() { return p(counts.entityTp, counts.entityFp); }
    public double entityRecall() { return p(counts.entityTp, counts.entityFn); }
    public double entityF1() { return f1(entityPrecision(), entityRecall()); }
    public double eventPrecision() { return p(counts.eventTp, counts.eventFp); }
    public double eventRecall() { return p(counts.eventTp, counts.eventFn); }
    public double eventF1() { return f1(eventPrecision(), eventRecall()); }
    public double dateAccuracy() { return counts.dateTotal == 0 ? 0.0 : (double) counts.dateOk / counts.dateTotal; }
    public double placeAccuracy() { return counts.placeTotal == 0 ? 0.0 : (double) counts.placeOk / counts.placeTotal; }

    private static double p(int tp, int other) { return tp + other == 0 ? 0.0 : (double) tp / (tp + other); }
    private static double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
  }

  /** The matching form used by the scorer (not the library's normaliser: this mirrors Python). */
  public static String norm(String s) {
    String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    t = DIACRITICS.matcher(t).replaceAll("");
    t = ALEFS.matcher(t).replaceAll("ا").replace('ى', 'ي').replace('ة', 'ه');
    t = QUOTES.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ");
    return EDGE_SPACES.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
  }

  static Set<String> surfaceVariants(String text) {
    String t = norm(text);
    Set<String> out = new HashSet<>();
    out.add(t);
    for (int i = 1; i < 3; i++) {
      if (t.length() > i + 1 && allProclitics(t, i)) {
        out.add(t.substring(i));
        if (t.charAt(i - 1) == 'ل' && t.charAt(i) == 'ل') {
          out.add("ا" + t.substring(i));
        }
      }
    }
    return out;
  }

  private static boolean allProclitics(String t, int n) {
    for (int k = 0; k < n; k++) {
      if (PROCLITICS.indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static List<String> goldEntityKeys(JsonNode sysEnt, JsonNode goldEntities) {
    Set<String> names = new HashSet<>();
    for (JsonNode m : sysEnt.path("mentions")) {
      names.addAll(surfaceVariants(textOr(m.path("text"), "")));
    }
    String canon = norm(textOr(sysEnt.path("name"), ""));
    List<String> keys = new ArrayList<>();
    for (JsonNode g : goldEntities) {
      if (!g.path("type").asText().equals(textOr(sysEnt.path("type"), null))) {
        continue;
      }
      boolean aliasHit = false;
      for (JsonNode a : g.path("aliases")) {
        if (names.contains(norm(a.asText()))) {
          aliasHit = true;
          break;
        }
      }
      if ((!canon.isEmpty() && canon.equals(norm(g.path("canonical").asText()))) || aliasHit) {
        keys.add(g.path("key").asText());
      }
    }
    return keys;
  }

  private static boolean dateOk(String sysDate, JsonNode goldDate) {
    if (sysDate == null) {
      return false;
    }
    if (goldDate.isArray()) {
      for (JsonNode a : goldDate) {
        if (sysDate.equals(a.asText())) {
          return true;
        }
      }
      return false;
    }
    return !goldDate.isNull() && sysDate.equals(goldDate.asText());
  }

  private record EventKey(String type, Set<String> parts, String date) {}

  private static final class SysEvent {
    final String type;
    final Set<String> parts;
    final String date;
    final Set<String> place;
    final List<JsonNode> sources = new ArrayList<>();

    SysEvent(String type, Set<String> parts, String date, Set<String> place) {
      this.type = type;
      this.parts = parts;
      this.date = date;
      this.place = place;
    }
  }

  /**
   * The event errors of one document, for reading: gold events no system event matched, system
   * events (each the first JSON event of its collapsed group) that matched no gold event, and
   * matched pairs whose date or place is wrong. Same pairing as {@link #scoreDocument}.
   */
  public record EventErrors(List<JsonNode> missed, List<JsonNode> spurious,
      List<JsonNode[]> wrongDate, List<JsonNode[]> wrongPlace) {}

  /** The errors behind {@link #scoreDocument}'s event counts. */
  public static EventErrors eventErrors(JsonNode gold, JsonNode out) {
    List<JsonNode> missed = new ArrayList<>();
    List<JsonNode> spurious = new ArrayList<>();
    List<JsonNode[]> wrongDate = new ArrayList<>();
    List<JsonNode[]> wrongPlace = new ArrayList<>();
    score(gold, out, missed, spurious, wrongDate, wrongPlace);
    return new EventErrors(missed, spurious, wrongDate, wrongPlace);
  }

  private record Pair(int score, int required, int gi, int si) {}

  /** Scores one system output (possibly an empty object) against one gold document. */
  public static DocScore scoreDocument(String name, JsonNode gold, JsonNode out) {
    return score(gold, out, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>()).withName(name);
  }

  private record Unnamed(Counts counts, List<String> missedEntities,
      List<String> spuriousEntities, List<String> missedEvents) {
    DocScore withName(String name) {
      return new DocScore(name, counts, missedEntities, spuriousEntities, missedEvents);
    }
  }

  private static Unnamed score(JsonNode gold, JsonNode out, List<JsonNode> missedGold,
      List<JsonNode> spuriousSys, List<JsonNode[]> wrongDate, List<JsonNode[]> wrongPlace) {
    JsonNode gents = gold.path("entities");
    Set<String> optionalKeys = new HashSet<>();
    List<String> required = new ArrayList<>();
    for (JsonNode g : gents) {
      if (g.path("optional").asBoolean(false)) {
        optionalKeys.add(g.path("key").asText());
      } else {
        required.add(g.path("key").asText());
      }
    }
    int eTp = 0;
    int eFp = 0;
    Set<String> claimed = new HashSet<>();
    Map<String, Set<String>> idToKeys = new HashMap<>();
    List<String> fpNames = new ArrayList<>();
    for (JsonNode se : out.path("entities")) {
      if (!SCORED_ENTITY_TYPES.contains(textOr(se.path("type"), ""))) {
        continue;
      }
      List<String> keys = goldEntityKeys(se, gents);
      idToKeys.put(textOr(se.path("id"), null), new HashSet<>(keys));
      String fresh = null;
      for (String k : keys) {
        if (!optionalKeys.contains(k) && !claimed.contains(k)) {
          fresh = k;
          break;
        }
      }
      if (fresh != null) {
        eTp++;
        claimed.add(fresh);
      } else if (!keys.isEmpty() && optionalKeys.containsAll(keys)) {
        // optional gold entity: neither credit nor penalty
      } else {
        eFp++;
        String n = textOr(se.path("name"), "");
        if (n.isEmpty()) {
          JsonNode m0 = se.path("mentions").path(0);
          n = textOr(m0.path("text"), "None");
        }
        fpNames.add(n);
      }
    }
    List<String> missed = required.stream().filter(k -> !claimed.contains(k)).toList();
    int eFn = missed.size();

    Map<EventKey, SysEvent> collapsed = new LinkedHashMap<>();
    for (JsonNode sv : out.path("events")) {
      Set<String> parts = new HashSet<>();
      for (JsonNode p : sv.path("participants")) {
        String pid = p.isObject() ? textOr(p.path("entity"), null) : textOr(p, null);
        parts.addAll(idToKeys.getOrDefault(pid, Set.of()));
      }
      String type = textOr(sv.path("type"), null);
      String date = textOr(sv.path("date"), null);
      Set<String> place = idToKeys.getOrDefault(textOr(sv.path("place"), null), Set.of());
      EventKey key = new EventKey(type, parts, date);
      SysEvent existing = collapsed.get(key);
      if (existing != null) {
        existing.place.addAll(place);
        existing.sources.add(sv);
      } else {
        SysEvent fresh = new SysEvent(type, parts, date, new HashSet<>(place));
        fresh.sources.add(sv);
        collapsed.put(key, fresh);
      }
    }
    List<SysEvent> svs = new ArrayList<>(collapsed.values());
    List<JsonNode> gevs = new ArrayList<>();
    gold.path("events").forEach(gevs::add);
    List<Pair> pairs = new ArrayList<>();
    for (int gi = 0; gi < gevs.size(); gi++) {
      JsonNode g = gevs.get(gi);
      Set<String> gparts = new LinkedHashSet<>();
      g.path("participants").forEach(p -> gparts.add(p.asText()));
      for (int si = 0; si < svs.size(); si++) {
        SysEvent s = svs.get(si);
        if (Objects.equals(s.type, g.path("type").asText())) {
          int ov = 0;
          for (String p : s.parts) {
            if (gparts.contains(p)) {
              ov++;
            }
          }
          if (ov > 0) {
            int bonus = g.has("date") && dateOk(s.date, g.get("date")) ? 1 : 0;
            int req = g.path("optional").asBoolean(false) ? 0 : 1;
            pairs.add(new Pair(ov + bonus, req, gi, si));
          }
        }
      }
    }
    // best overlap first, then required gold, then document order
    pairs.sort((a, b) -> a.score != b.score ? Integer.compare(b.score, a.score)
        : a.required != b.required ? Integer.compare(b.required, a.required)
        : a.gi != b.gi ? Integer.compare(a.gi, b.gi) : Integer.compare(a.si, b.si));
    Map<Integer, Integer> gmatch = new LinkedHashMap<>();
    Set<Integer> smatch = new HashSet<>();
    for (Pair p : pairs) {
      if (gmatch.containsKey(p.gi) || smatch.contains(p.si)) {
        continue;
      }
      gmatch.put(p.gi, p.si);
      smatch.add(p.si);
    }
    int vTp = 0;
    int vFn = 0;
    List<String> missedEvents = new ArrayList<>();
    for (int gi = 0; gi < gevs.size(); gi++) {
      JsonNode g = gevs.get(gi);
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      if (gmatch.containsKey(gi)) {
        vTp++;
      } else {
        vFn++;
        missedGold.add(g);
        List<String> ps = new ArrayList<>();
        g.path("participants").forEach(p -> ps.add("'" + p.asText() + "'"));
        missedEvents.add(g.path("type").asText() + "[" + String.join(", ", ps) + "]");
      }
    }
    int vFp = svs.size() - smatch.size();
    for (int si = 0; si < svs.size(); si++) {
      if (!smatch.contains(si)) {
        spuriousSys.add(svs.get(si).sources.get(0));
      }
    }
    int dTot = 0;
    int dOk = 0;
    int pTot = 0;
    int pOk = 0;
    for (Map.Entry<Integer, Integer> m : gmatch.entrySet()) {
      JsonNode g = gevs.get(m.getKey());
      if (g.path("optional").asBoolean(false)) {
        continue;
      }
      SysEvent s = svs.get(m.getValue());
      if (g.has("date")) {
        dTot++;
        if (dateOk(s.date, g.get("date"))) {
          dOk++;
        } else {
          wrongDate.add(new JsonNode[] {g, s.sources.get(0)});
        }
      }
      if (g.has("place")) {
        pTot++;
        if (s.place.contains(g.get("place").asText())) {
          pOk++;
        } else {
          wrongPlace.add(new JsonNode[] {g, s.sources.get(0)});
        }
      }
    }
    return new Unnamed(new Counts(eTp, eFp, eFn, vTp, vFp, vFn, dOk, dTot, pOk, pTot),
        missed, fpNames, missedEvents);
  }

  /** Scores every {@code goldDir/NAME.json} against {@code outDir/NAME.json} (missing = empty). */
  public static Score score(Path goldDir, Path outDir) {
    List<DocScore> docs = new ArrayList<>();
    Counts total = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path gf : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        JsonNode gold = JSON.readTree(Files.readString(gf, StandardCharsets.UTF_8));
        Path of = outDir.resolve(gf.getFileName().toString());
        JsonNode out = Files.exists(of)
            ? JSON.readTree(Files.readString(of, StandardCharsets.UTF_8))
            : JSON.createObjectNode();
        String stem = gf.getFileName().toString().replaceFirst("\\.json$", "");
        DocScore d = scoreDocument(stem, gold, out == null ? MissingNode.getInstance() : out);
        docs.add(d);
        total = total.plus(d.counts());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Score(total, List.copyOf(docs));
  }

  private static String textOr(JsonNode n, String dflt) {
    return n == null || n.isMissingNode() || n.isNull() ? dflt : n.asText();
  }

  private static String tuple(int a, int b, int c) {
    return "(" + a + ", " + b + ", " + c + ")";
  }

  /** The same report as the Python scorer; {@code --json} prints the one-line JSON summary. */
  public static void main(String[] args) {
    List<String> pos = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    boolean asJson = List.of(args).contains("--json");
    if (pos.size() < 2) {
      System.err.println("usage: GoldScorer GOLD_DIR OUTPUT_DIR [--json]");
      System.exit(2);
    }
    Score s = score(Paths.get(pos.get(0)), Paths.get(pos.get(1)));
    if (asJson) {
      System.out.println(String.format(Locale.ROOT,
          "{\"entity\": {\"p\": %s, \"r\": %s, \"f1\": %s}, \"event\": {\"p\": %s, \"r\": %s, \"f1\": %s},"
              + " \"date_acc\": %s, \"place_acc\": %s, \"docs\": %d}",
          s.entityPrecision(), s.entityRecall(), s.entityF1(), s.eventPrecision(), s.eventRecall(),
          s.eventF1(), s.dateAccuracy(), s.placeAccuracy(), s.documents().size()));
      return;
    }
    for (DocScore d : s.documents()) {
      Counts c = d.counts();
      System.out.println(d.name() + ": entities tp/fp/fn=" + tuple(c.entityTp(), c.entityFp(), c.entityFn())
          + " events tp/fp/fn=" + tuple(c.eventTp(), c.eventFp(), c.eventFn())
          + " dates " + c.dateOk() + "/" + c.dateTotal() + " places " + c.placeOk() + "/" + c.placeTotal());
      if (!d.missedEntities().isEmpty()) {
        System.out.println("   missed entities: " + String.join(", ", d.missedEntities()));
      }
      if (!d.spuriousEntities().isEmpty()) {
        System.out.println("   spurious entities: " + String.join(", ", d.spuriousEntities()));
      }
      if (!d.missedEvents().isEmpty()) {
        System.out.println("   missed events: " + String.join("; ", d.missedEvents()));
      }
    }
    Counts t = s.counts();
    System.out.println(String.format(Locale.ROOT,
        "entity P=%.3f R=%.3f F1=%.3f | event P=%.3f R=%.3f F1=%.3f | date acc=%.3f (%d) | place acc=%.3f (%d)",
        s.entityPrecision(), s.entityRecall(), s.entityF1(), s.eventPrecision(), s.eventRecall(),
        s.eventF1(), s.dateAccuracy(), t.dateTotal(), s.placeAccuracy(), t.placeTotal()));
  }
}
