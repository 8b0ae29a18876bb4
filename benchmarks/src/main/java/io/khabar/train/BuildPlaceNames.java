package io.khabar.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.PlaceNames;
import io.khabar.testdata.SharedData;
import io.khabar.text.ArabicNormalizer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the place-name table of {@link PlaceNames} ({@code place-names.tsv}: place key →
 * English name) from the open gazetteers of {@code ../shared/data/gazetteers}, the first source
 * that names a key winning:
 * <ol>
 *   <li>the countries and regions of ArWikiCats' nationality table (its {@code ar}/{@code en}
 *       pairs: إنجلترا → England, كوسوفو → Kosovo), except entries whose Arabic is the people's
 *       plural (أمريكيون أفارقة) or carries a qualifier in brackets (MIT);
 *   <li>the regions ArWikiCats' city table qualifies its cities with, the Arabic in brackets
 *       paired with the English after the comma (أوبورن (ألاباما) = auburn, alabama → ألاباما =
 *       Alabama; US states, Japanese prefectures, صقلية → Sicily), when at least {@value
 *       #MIN_QUALIFIED} cities pair them so and the English spells the Arabic, or {@value
 *       #MIN_TRANSLATED} cities do (كارولاينا الشمالية → North Carolina is a translation) (MIT);
 *   <li>the cities of the world-cities table of at least {@value #MIN_POPULATION} inhabitants
 *       (a village's name is often an ordinary word: المدينة is the Maltese village Mdina there),
 *       most populous first, the head noun dropped as the knowledge base's import does (ولاية
 *       قندهار → قندهار, and then "Kuwait City" is "Kuwait") (CC BY 4.0);
 *   <li>ArWikiCats' cities, their English's qualifier after a comma or in brackets left out (MIT).
 * </ol>
 * A city's pair is kept only when its English agrees with the Arabic letters ({@link
 * SpellingAgreement}): both city tables pair some Arabic names with another place's English
 * (فاموتيدين → Mosul, كوبنهاغن → Kobe, مونتانا → Lewis and Clark). The country and region
 * names are English names, not spellings (إنجلترا → England), and are kept as they are.
 * Keys the knowledge base's places already name are left out ({@link PlaceNames} asks the
 * knowledge base first). Only names of Arabic letters, one to four words, three letters or more
 * (a two-letter name such as بو is some town's and many other words'). A country's or region's
 * name is written under its article variants too ({@link PlaceNames#keys}), a city's is not.
 * One-word names that news also writes as ordinary words (المدينة) are left out, judged on
 * {@code news_ant} as the knowledge base's are.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.khabar.train.BuildPlaceNames --shared ../shared [--kb models/src/main/resources/io/khabar/kb]}.
 */
public final class BuildPlaceNames {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArabicNormalizer NORM = ArabicNormalizer.get();
  private static final Pattern PLAIN_ARABIC = Pattern.compile("[\\u0621-\\u064A ]+");
  private static final Pattern BRACKETS = Pattern.compile("\\s*\\(.*\\)\\s*$");
  /** A city's qualifier in brackets at the end of its Arabic name. */
  private static final Pattern QUALIFIER = Pattern.compile("\\(([^()]+)\\)\\s*$");
  /** English words kept lower case inside a name. */
  private static final Set<String> SMALL_WORDS = Set.of("of", "and", "the", "de", "da", "do",
      "del", "la", "le", "al", "el", "on", "upon", "am", "an", "der", "im", "en", "y");

  /** Fewest cities pairing a region's Arabic and English qualifiers the same way. */
  static final int MIN_QUALIFIED = 2;
  /** Fewest such cities for a pairing whose English does not spell the Arabic. */
  static final int MIN_TRANSLATED = 5;

  /** Fewest inhabitants of a world city in the table. */
  static final long MIN_POPULATION = 10_000;

  private BuildPlaceNames() {}

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root(args);
    Path kbDir = BuildGazetteerKb.kbDirectory(args);
    Path gaz = BuildGazetteerKb.gazetteers(shared);
    Set<String> known = new HashSet<>();
    for (KbEntity e : KnowledgeBase.loadDefault().entities()) {
      if (e.type() == EntityType.LOCATION) {
        e.aliases().forEach(a -> known.addAll(PlaceNames.keys(a, true)));
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    int[] counts = {
        nationalities(gaz.resolve("arwikicats/nationalities_nationalities_data.json"), known,
            names),
        regions(gaz.resolve("arwikicats/cities_cities_full.json"), known, names),
        worldCities(gaz.resolve("world-cities/world-cities.jsonl"), known, names),
        wikiCities(gaz.resolve("arwikicats/cities_cities_full.json"), known, names)};
    int ordinary = dropOrdinaryWords(names, shared.resolve("data/news_ant/ant-news.jsonl.gz"));
    try (Writer w = Files.newBufferedWriter(kbDir.resolve("place-names.tsv"),
        StandardCharsets.UTF_8)) {
      w.write("# place key\tEnglish name; written by io.khabar.train.BuildPlaceNames, see README.md\n");
      for (Map.Entry<String, String> e : new TreeMap<>(names).entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    System.out.printf("place names %d: countries and regions %d, cities' regions %d, world"
        + " cities %d, Wikipedia cities %d; %d left out as ordinary words%n", names.size(),
        counts[0], counts[1], counts[2], counts[3], ordinary);
  }

  /**
   * Leaves out the one-word names that news also writes as ordinary words, judged as the
   * knowledge base's are ({@link BuildGazetteerKb#ordinaryWords}: المدينة "the city" is Medina
   * only in context, and a place the recogniser found under that word is mostly "the city");
   * the number left out, 0 without news_ant.
   */
  private static int dropOrdinaryWords(Map<String, String> names, Path news) throws IOException {
    if (!Files.exists(news)) {
      System.out.println("no " + news + ": ordinary words not judged");
      return 0;
    }
    KnowledgeBase.Builder kb = KnowledgeBase.builder();
    int i = 0;
    for (Map.Entry<String, String> e : names.entrySet()) {
      kb.add(new KbEntity("place-" + i++, EntityType.LOCATION, e.getValue(), Optional.empty(),
          List.of(e.getKey()), List.of(), Optional.empty(), List.of(), Optional.empty(),
          Optional.of("city"), List.of()));
    }
    Set<String> ordinary = BuildGazetteerKb.ordinaryWords(kb.build(), news).keySet();
    int before = names.size();
    names.keySet().removeIf(k -> ordinary.contains(NORM.matchingForm(k)));
    return before - names.size();
  }

  /** ArWikiCats' nationalities: the country or region each names. */
  static int nationalities(Path file, Set<String> known, Map<String, String> names)
      throws IOException {
    int n = 0;
    for (Iterator<JsonNode> it = JSON.readTree(file.toFile()).elements(); it.hasNext(); ) {
      JsonNode r = it.next();
      String ar = r.path("ar").asText("").strip();
      String en = r.path("en").asText("").strip();
      if (ar.isEmpty() || en.isEmpty() || ar.contains("(")
          || ar.equals(r.path("males").asText()) || ar.equals(r.path("females").asText())) {
        continue; // a people (أمريكيون أفارقة), or a qualified name
      }
      if (en.contains("-of-")) {
        en = en.replace('-', ' '); // republic-of-congo
      }
      n += put(ar, titleCase(en), true, known, names);
    }
    return n;
  }

  /** The regions ArWikiCats' cities are qualified with: هنتسفيل (ألاباما) = huntsville, alabama. */
  static int regions(Path file, Set<String> known, Map<String, String> names)
      throws IOException {
    Map<String, Map<String, Integer>> pairs = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(file.toFile()).fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Matcher ar = QUALIFIER.matcher(e.getValue().asText());
      int comma = e.getKey().indexOf(',');
      if (ar.find() && comma > 0) {
        pairs.computeIfAbsent(ar.group(1).strip(), k -> new TreeMap<>())
            .merge(e.getKey().substring(comma + 1).strip(), 1, Integer::sum);
      }
    }
    int n = 0;
    for (Map.Entry<String, Map<String, Integer>> p : pairs.entrySet()) {
      Map.Entry<String, Integer> best = p.getValue().entrySet().stream()
          .max(Map.Entry.comparingByValue()).orElseThrow();
      String ar = p.getKey();
      String en = titleCase(best.getKey());
      if (best.getValue() >= MIN_TRANSLATED
          || best.getValue() >= MIN_QUALIFIED && spells(NORM.matchingForm(ar), en)) {
        n += put(ar, en, false, known, names);
      }
    }
    return n;
  }

  /** The world-cities table, most populous first. */
  static int worldCities(Path file, Set<String> known, Map<String, String> names)
      throws IOException {
    List<JsonNode> rows = BuildGazetteerKb.worldCitiesByPopulation(file);
    int n = 0;
    for (JsonNode r : rows) {
      if (r.path("Population").asLong() < MIN_POPULATION) {
        break;
      }
      String full = r.path("CityNameAr").asText().strip();
      String ar = BuildGazetteerKb.withoutHead(full);
      String en = r.path("CityNameEn").asText().replaceAll("[`']", "").strip(); // Al `Aqabah
      if (!ar.equals(full) && en.endsWith(" City")) {
        en = en.substring(0, en.length() - " City".length()); // مدينة الكويت → الكويت
      }
      n += putSpelling(ar, en, known, names);
    }
    return n;
  }

  /** ArWikiCats' cities whose English spells their Arabic. */
  static int wikiCities(Path file, Set<String> known, Map<String, String> names)
      throws IOException {
    int n = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(file.toFile()).fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String ar = BRACKETS.matcher(e.getValue().asText()).replaceAll("").strip();
      String en = BRACKETS.matcher(e.getKey()).replaceAll("").strip();
      int comma = en.indexOf(',');
      if (comma > 0) {
        en = en.substring(0, comma).strip();
      }
      n += putSpelling(ar, titleCase(en), known, names);
    }
    return n;
  }

  /** Adds a pair whose English spells the Arabic ({@link #put}); 1 if added. */
  private static int putSpelling(String arabic, String english, Set<String> known,
      Map<String, String> names) {
    String m = NORM.matchingForm(arabic);
    return PLAIN_ARABIC.matcher(m).matches() && spells(m, english)
        ? put(arabic, english, false, known, names) : 0;
  }

  /** Whether the English spells the Arabic (matching form), accents aside (León: Leon). */
  private static boolean spells(String arabic, String english) {
    return SpellingAgreement.agrees(arabic,
        Normalizer.normalize(english, Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
  }

  /**
   * Adds a pair under its keys ({@link PlaceNames#keys}, with the article variants of a country's
   * or region's name) that no earlier pair and no knowledge-base place takes; 1 if any added.
   */
  private static int put(String arabic, String english, boolean articleOptional,
      Set<String> known, Map<String, String> names) {
    String key = PlaceNames.key(arabic);
    if (english.isEmpty() || !PLAIN_ARABIC.matcher(NORM.matchingForm(arabic)).matches()
        || key.split(" ").length > 4 || key.replace(" ", "").length() < 3
        || known.contains(key)) {
      return 0;
    }
    int added = 0;
    for (String k : PlaceNames.keys(arabic, articleOptional)) {
      if (!known.contains(k) && names.putIfAbsent(k, english) == null) {
        added = 1;
      }
    }
    return added;
  }

  /** "democratic republic of congo" → "Democratic Republic of Congo"; a first word always capital. */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (String w : s.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      boolean small = b.length() > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
      b.append(small ? w : BuildGazetteerKb.titleCase(w));
    }
    return b.toString();
  }
}
