package io.khabar.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Iterables;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.testdata.SharedData;
import io.khabar.text.ArabicNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Regenerates the knowledge-base files imported from the open gazetteers of {@code
 * ../shared/data/gazetteers} (README of the KB: provenance and licences), always from the
 * curated files, which win: an imported entry is left out when any of its names already names a
 * curated entity, or an earlier imported one.
 *
 * <ul>
 *   <li>{@code gazetteer-cities.jsonl}: world cities of at least {@value #MIN_POPULATION}
 *       inhabitants (CC BY 4.0), the descriptor noun before a name dropped (ولاية قندهار →
 *       قندهار), most populous first;
 *   <li>{@code gazetteer-clubs.jsonl}: sports clubs of ArWikiCats whose Arabic name is headed by
 *       نادي (MIT), with the name also without its sport (لكرة القدم);
 *   <li>{@code gazetteer-people.jsonl}: people of ArWikiCats named in two to four plain Arabic
 *       words (MIT);
 *   <li>{@code name-tokens.tsv}: each Arabic spelling of a person-name token of Wikidata with its
 *       most frequent English spelling that agrees with its letters (MIT), for {@code NameTransliterator};
 *   <li>{@code ordinary-words.tsv}: the one-word names of the whole knowledge base that news also
 *       writes as ordinary words, decided from word counts of {@code news_ant} (see {@link
 *       #ordinary}).
 * </ul>
 * ArWikiCats' company table holds category words (شركات نقل), not companies, and is not read.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.khabar.train.BuildGazetteerKb --shared ../shared [--kb
 * models/src/main/resources/io/khabar/kb] [--name-tokens]}; with {@code --name-tokens} it writes
 * {@code name-tokens.tsv} alone (its English column follows {@link SpellingAgreement}, its
 * Arabic column, which the name finder's features read, only the Wikidata table).
 */
public final class BuildGazetteerKb {

  static final int MIN_POPULATION = 300_000;
  /** Files this step writes; never read back as curated data. */
  static final String PREFIX = "gazetteer-";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ArabicNormalizer NORM = ArabicNormalizer.get();
  private static final Pattern PLAIN_ARABIC = Pattern.compile("[\\u0621-\\u064A ]+");
  /** Nouns that head a place's name in the world-cities table but are not part of the name. */
  private static final Set<String> PLACE_HEADS = NORM.matchingForms(
      "ولاية", "مدينة", "محافظة", "إقليم", "مقاطعة", "منطقة", "بلدية");

  private final Set<String> taken = new HashSet<>();
  private final Set<String> keys = new HashSet<>();
  /** The curated organisations' names, each padded with a space on both sides. */
  private final List<String> orgWords = new ArrayList<>();
  /** Arabic spellings of person-name tokens (matching form). */
  private Set<String> nameTokens = Set.of();

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root(args);
    Path kbDir = kbDirectory(args);
    Path gaz = gazetteers(shared);
    if (List.of(args).contains("--name-tokens")) {
      // the English column alone: the spellings change with SpellingAgreement, the tokens not
      System.out.printf("name tokens %d%n", nameTokens(gaz.resolve("wikidata-person-names"),
          kbDir.resolve("name-tokens.tsv")));
      return;
    }
    new BuildGazetteerKb().run(gaz, shared.resolve("data/news_ant/ant-news.jsonl.gz"), kbDir);
  }
  /** The KB resource directory the build writes: {@code --kb DIR}, the repository's by default. */
  static Path kbDirectory(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--kb")) {
        return Path.of(args[i + 1]);
      }
    }
    return Path.of("models/src/main/resources/io/khabar/kb");
  }

  /** {@code data/gazetteers} of the shared material; exits with status 2 when it is absent. */
  static Path gazetteers(Path shared) {
    Path gaz = shared.resolve("data/gazetteers");
    if (!Files.isDirectory(gaz)) {
      System.err.println("no " + gaz);
      System.exit(2);
    }
    return gaz;
  }


  private void run(Path gaz, Path news, Path kbDir) throws IOException {
    KnowledgeBase.Builder curated = KnowledgeBase.builder().addIcuCountries();
    for (String f : Files.readAllLines(kbDir.resolve("index.txt"))) {
      f = f.strip();
      if (!f.isEmpty() && !f.startsWith("#") && !f.startsWith(PREFIX)) {
        curated.add(kbDir.resolve(f));
      }
    }
    KnowledgeBase kb = curated.build();
    for (KbEntity e : kb.entities()) {
      if (e.type() == EntityType.ORGANIZATION) {
        e.aliases().forEach(a -> orgWords.add(" " + NORM.matchingForm(a) + " "));
      }
    }
    nameTokens = readNameTokens(gaz.resolve("wikidata-person-names"));
    Map<String, String> countryByArabic = new HashMap<>();
    Map<String, String> countryByEnglish = new HashMap<>();
    for (KbEntity e : kb.entities()) {
      keys.add(e.key());
      e.aliases().forEach(a -> taken.add(NORM.matchingForm(a)));
      e.abbreviations().forEach(a -> taken.add(NORM.matchingForm(a)));
      if (e.key().startsWith("country-") && e.countryCode().isPresent()) {
        String cc = e.countryCode().get();
        e.aliases().forEach(a -> countryByArabic.putIfAbsent(NORM.matchingForm(a), cc));
        countryByEnglish.put(e.name().toLowerCase(Locale.ROOT), cc);
      }
    }
    Path newsFile = gaz.getParent().resolve("news_ant/ant-news.jsonl.gz");
    if (Files.exists(newsFile)) {
      newsPhrases = phrasesInNews(newsFile);
    }
    int cities = cities(gaz.resolve("world-cities/world-cities.jsonl"), countryByArabic,
        countryByEnglish, kbDir.resolve(PREFIX + "cities.jsonl"));
    int clubs = clubs(gaz.resolve("arwikicats/sports_Clubs_key.json"),
        kbDir.resolve(PREFIX + "clubs.jsonl"));
    int people = people(gaz.resolve("arwikicats/people_peoples.json"),
        kbDir.resolve(PREFIX + "people.jsonl"));
    int tokens = nameTokens(gaz.resolve("wikidata-person-names"), kbDir.resolve("name-tokens.tsv"));
    System.out.printf("cities %d, clubs %d, people %d, name tokens %d%n", cities, clubs, people,
        tokens);
    if (Files.exists(news)) {
      KnowledgeBase.Builder all = KnowledgeBase.builder().addIcuCountries();
      for (String f : Files.readAllLines(kbDir.resolve("index.txt"))) {
        f = f.strip();
        if (!f.isEmpty() && !f.startsWith("#")) {
          all.add(kbDir.resolve(f));
        }
      }
      Map<String, String> ordinary = ordinaryWords(all.build(), news);
      // an imported name that is an ordinary word is not imported at all (the tables are not
      // reviewed: البلد "the town" for Valletta); curated ones keep it, read in context
      Set<String> kept = new HashSet<>();
      for (KbEntity e : kb.entities()) {
        e.aliases().forEach(a -> kept.add(NORM.matchingForm(a).strip()));
        e.abbreviations().forEach(a -> kept.add(NORM.matchingForm(a).strip()));
      }
      int dropped = 0;
      for (String f : List.of("cities", "clubs", "people")) {
        Path file = kbDir.resolve(PREFIX + f + ".jsonl");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          List<String> aliases = new ArrayList<>();
          JSON.readTree(line).path("aliases").forEach(a -> aliases.add(
              NORM.matchingForm(a.asText()).strip()));
          if (aliases.stream().anyMatch(ordinary::containsKey)) {
            dropped++;
          } else {
            lines.add(line);
            kept.addAll(aliases);
          }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
      }
      ordinary.keySet().retainAll(kept);
      try (Writer w = Files.newBufferedWriter(kbDir.resolve("ordinary-words.tsv"),
          StandardCharsets.UTF_8)) {
        w.write("# name\tordinary reading\twith article\twithout (news_ant tokens);"
            + " written by io.khabar.train.BuildGazetteerKb, see README.md\n");
        for (Map.Entry<String, String> e : new TreeMap<>(ordinary).entrySet()) {
          w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
      }
      System.out.printf("imported entries dropped as ordinary words %d, ordinary-word names %d%n",
          dropped, ordinary.size());
    } else {
      System.out.println("no " + news + ": ordinary-words.tsv left as it is");
    }
  }

  /** The world-cities table (JSON lines, a byte-order mark allowed), most populous first. */
  static List<JsonNode> worldCitiesByPopulation(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line = line.replace("\uFEFF", "").strip();
      if (!line.isEmpty()) {
        rows.add(JSON.readTree(line));
      }
    }
    rows.sort(Comparator.comparingLong((JsonNode r) -> -r.path("Population").asLong()));
    return rows;
  }

  // ---------------------------------------------------------------- cities

  private int cities(Path file, Map<String, String> byArabic, Map<String, String> byEnglish,
      Path out) throws IOException {
    List<JsonNode> rows = worldCitiesByPopulation(file);
    List<ObjectNode> records = new ArrayList<>();
    for (JsonNode r : rows) {
      if (r.path("Population").asLong() < MIN_POPULATION) {
        break;
      }
      String arabic = withoutHead(r.path("CityNameAr").asText().strip());
      String english = r.path("CityNameEn").asText().strip();
      String cc = byArabic.get(NORM.matchingForm(r.path("CountryAr").asText()));
      if (cc == null) {
        cc = byEnglish.get(r.path("Country").asText().toLowerCase(Locale.ROOT));
      }
      if (cc == null || english.isEmpty() || !plain(arabic, 1, 3) || insideCuratedBody(arabic)
          || personToken(arabic, r.path("Population").asLong()) || !claim(List.of(arabic))) {
        continue;
      }
      ObjectNode o = record(key(english + "-" + cc.toLowerCase(Locale.ROOT)), "LOCATION", english,
          List.of(arabic));
      o.put("country", cc);
      o.put("subtype", "city");
      o.put("parent", "country-" + cc.toLowerCase(Locale.ROOT));
      records.add(o);
    }
    records.removeIf(o -> !inNews(o));
    write(out, records);
    return records.size();
  }

  /**
   * The curated data names a club or body after the city (نادي ليفربول، ليفربول الإنجليزي) and
   * deliberately leaves the bare name to it (README of the KB): the city is not imported.
   */
  private boolean insideCuratedBody(String arabic) {
    String padded = " " + NORM.matchingForm(arabic) + " ";
    for (String o : orgWords) {
      if (o.contains(padded)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A one-word city spelled like a person-name token (رودريغيز) is a person far more often than
   * the place in news, unless the city is a metropolis ({@value #METROPOLIS} inhabitants).
   */
  private boolean personToken(String arabic, long population) {
    return arabic.indexOf(' ') < 0 && population < METROPOLIS
        && nameTokens.contains(NORM.matchingForm(arabic));
  }

  static final long METROPOLIS = 1_000_000;

  private static Set<String> readNameTokens(Path dir) throws IOException {
    Set<String> out = new HashSet<>();
    for (String f : List.of("wd_arabic_80.tsv", "wd_arabic_20.tsv")) {
      for (String line : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length >= 3) {
          out.add(NORM.matchingForm(c[1].replace(" ", "")));
        }
      }
    }
    return out;
  }

  /** ولاية قندهار → قندهار: the head noun names the kind of place, the rest names it. */
  static String withoutHead(String name) {
    int space = name.indexOf(' ');
    if (space > 0 && PLACE_HEADS.contains(NORM.matchingForm(name.substring(0, space)))) {
      return name.substring(space + 1).strip();
    }
    return name;
  }

  // ---------------------------------------------------------------- clubs

  private static final Pattern SPORT = Pattern.compile(" ل(كرة|لكرة) [\\u0621-\\u064A]+$");

  private int clubs(Path file, Path out) throws IOException {
    JsonNode table = JSON.readTree(file.toFile());
    List<ObjectNode> records = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : table.properties()) {
      String arabic = e.getValue().asText().strip();
      if (!arabic.startsWith("نادي ") || !plain(arabic, 2, 6)) {
        continue;
      }
      List<String> aliases = new ArrayList<>();
      aliases.add(arabic);
      String bare = SPORT.matcher(arabic).replaceAll("").strip();
      if (!bare.equals(arabic) && bare.split(" ").length >= 2) {
        aliases.add(bare);
      }
      if (!claim(aliases)) {
        continue;
      }
      String english = titleCase(e.getKey());
      ObjectNode o = record(key(english), "ORGANIZATION", english, aliases);
      o.put("subtype", "sports-club");
      records.add(o);
    }
    records.removeIf(o -> !inNews(o));
    write(out, records);
    return records.size();
  }

  // ---------------------------------------------------------------- people

  private int people(Path file, Path out) throws IOException {
    JsonNode table = JSON.readTree(file.toFile());
    List<ObjectNode> records = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : table.properties()) {
      String arabic = e.getValue().asText().strip();
      if (!plain(arabic, 2, 4) || !claim(List.of(arabic))) {
        continue;
      }
      String english = titleCase(e.getKey());
      records.add(record(key(english), "PERSON", english, List.of(arabic)));
    }
    records.removeIf(o -> !inNews(o));
    write(out, records);
    return records.size();
  }

  // ---------------------------------------------------------------- name tokens

  /**
   * Every Arabic spelling of a Wikidata person-name token with the English spelling it has most
   * often (counts summed over both files) among those that agree with its letters ({@link
   * SpellingAgreement}; the better-aligned one on a tie), in matching form, sorted: {@code
   * arabic<TAB>English}. A token none of whose English spellings agrees stays a name token with
   * an empty spelling ({@code arabic<TAB>}), so that {@code NameTransliterator} spells it by its
   * rules.
   */
  private static int nameTokens(Path dir, Path out) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String f : List.of("wd_arabic_80.tsv", "wd_arabic_20.tsv")) {
      for (String line : Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length < 3 || !c[0].matches("[a-z'-]+")) {
          continue;
        }
        String arabic = NORM.matchingForm(c[1].replace(" ", ""));
        if (arabic.length() < 2 || !PLAIN_ARABIC.matcher(arabic).matches()) {
          continue;
        }
        counts.computeIfAbsent(arabic, k -> new HashMap<>())
            .merge(c[0], Integer.parseInt(c[2].strip()), Integer::sum);
      }
    }
    Map<String, String> best = new TreeMap<>();
    int[] dropped = new int[1];
    counts.forEach((arabic, english) -> english.entrySet().stream()
        .filter(x -> SpellingAgreement.agrees(arabic, x.getKey()))
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(x -> -SpellingAgreement.cost(arabic, x.getKey()))
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .ifPresentOrElse(x -> best.put(arabic, capitalise(x.getKey())), () -> {
          best.put(arabic, ""); // still a name token, spelled by the rules
          dropped[0]++;
        }));
    System.out.printf("name tokens: %d, %d of them without a spelling (none agrees)%n",
        best.size(), dropped[0]);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> e : best.entrySet()) {
        w.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    }
    return best.size();
  }

  // ---------------------------------------------------------------- ordinary words

  /** Fewest occurrences in news_ant for a word to be judged at all. */
  static final int MIN_COUNT = 20;
  /** Share of a word's uses with the article above which it is an ordinary word. */
  static final double MIN_DEFINITE_SHARE = 0.15;

  /**
   * The one-word names of {@code kb} that news also writes as ordinary words, with their counts.
   * A proper name is definite by itself and almost never takes the article (باول، بوتين، حلب),
   * so a name written without ال is an ordinary word when the article attaches to it in at
   * least {@value #MIN_DEFINITE_SHARE} of its uses (صور / الصور "the pictures", صادق / الصادق);
   * a name written with ال (الجزيرة، البيضاء) is one when the word also stands without it that
   * often (جزيرة، بيضاء), is itself in use ({@value #MIN_COUNT} times), and the labelled corpora
   * (ANERcorp train, AQMAR) tag it outside a name at least as often as inside one (the bare
   * form may be another word: صدر "was issued" beside الصدر). The other form must
   * not be a name itself (الكاميرون / كاميرون، الدوما / دوما) or the place's own adjective
   * (السورية): then the article tells nothing. A name whose first letter can be a proclitic (و، ف، ب، ل، ك) is also
   * judged as the word after it (وأم = و + أم, بأول = ب + أول), since the reader sees both.
   * Counts are of whole tokens in matching form over every news_ant article.
   */
  static Map<String, String> ordinaryWords(KnowledgeBase kb, Path news)
      throws IOException {
    Set<String> names = new HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() == EntityType.MISC) {
        continue;
      }
      for (String a : Iterables.concat(e.aliases(), e.abbreviations())) {
        String f = NORM.matchingForm(a).strip();
        if (!f.isEmpty() && f.indexOf(' ') < 0 && KnowledgeBase.hasArabicLetter(f)) {
          names.add(f);
        }
      }
    }
    Set<String> wanted = new HashSet<>();
    for (String f : names) {
      for (String reading : readings(f)) {
        wanted.add(reading);
        wanted.add(definite(reading));
        wanted.add(indefinite(reading));
      }
    }
    Map<String, Integer> counts = countTokens(news, wanted);
    Map<String, int[]> labelled = labelledCounts(news.getParent().getParent(), wanted);
    Map<String, String> ordinary = new TreeMap<>();
    for (String f : names) {
      for (String reading : readings(f)) {
        int with = counts.getOrDefault(definite(reading), 0);
        int without = counts.getOrDefault(indefinite(reading), 0);
        int total = with + without;
        String other = reading.startsWith("ال") ? indefinite(reading) : definite(reading);
        if (total < MIN_COUNT || other.equals(reading) || names.contains(other)
            || kb.demonyms().containsKey(other)
            || reading.startsWith("ال") && with < MIN_COUNT) {
          // too rare to judge; or the other form is itself a name (الكاميرون، باريس) or the
          // place's own adjective (السورية): the article says nothing about the name
          continue;
        }
        boolean ordinaryWord;
        if (reading.startsWith("ال")) {
          // the bare form is often another word (صدر "was issued" beside الصدر): only the
          // labelled corpora can tell how often the definite form itself is no name
          int[] l = labelled.getOrDefault(reading, new int[2]);
          ordinaryWord = (double) without / total >= MIN_DEFINITE_SHARE
              && l[0] + l[1] >= MIN_LABELLED && l[0] >= l[1];
        } else {
          ordinaryWord = (double) with / total >= MIN_DEFINITE_SHARE;
        }
        if (ordinaryWord) {
          ordinary.put(f, reading + "\t" + with + "\t" + without);
          break;
        }
      }
    }
    return ordinary;
  }

  /** Fewest labelled occurrences for a word written with the article to be judged. */
  static final int MIN_LABELLED = 3;

  /**
   * For each wanted word, how often ANERcorp train and AQMAR tag it outside a name and inside
   * one ({@code [outside, inside]}).
   */
  private static Map<String, int[]> labelledCounts(Path data, Set<String> wanted)
      throws IOException {
    Map<String, int[]> out = new HashMap<>();
    List<Path> files = new ArrayList<>();
    files.add(data.resolve("anercorp/train.txt"));
    Path aqmar = data.resolve("aqmar/articles");
    if (Files.isDirectory(aqmar)) {
      try (var s = Files.list(aqmar)) {
        s.sorted().forEach(files::add);
      }
    }
    for (Path f : files) {
      if (!Files.exists(f)) {
        continue;
      }
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        int sp = line.lastIndexOf(' ');
        if (sp <= 0) {
          continue;
        }
        String form = NORM.matchingForm(line.substring(0, sp).strip());
        if (wanted.contains(form)) {
          boolean outside = line.substring(sp + 1).strip().startsWith("O");
          out.computeIfAbsent(form, k -> new int[2])[outside ? 0 : 1]++;
        }
      }
    }
    return out;
  }

  /** The word itself and, when its first letter can be a proclitic, the word after it. */
  private static List<String> readings(String f) {
    List<String> out = new ArrayList<>(List.of(f));
    if (f.length() >= 3 && "وفبلك".indexOf(f.charAt(0)) >= 0 && !f.startsWith("ال")
        && !f.startsWith("ال", 1)) {
      out.add(f.substring(1));
    }
    return out;
  }

  private static String definite(String w) {
    return w.startsWith("ال") ? w : "ال" + w;
  }

  private static String indefinite(String w) {
    return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
  }

  private static Map<String, Integer> countTokens(Path news, Set<String> wanted)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(news)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String text = JSON.readTree(line).path("text").asText("");
        for (String token : NORM.matchingForm(text).split("[^\\u0621-\\u064A]+")) {
          if (wanted.contains(token)) {
            counts.merge(token, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  // ---------------------------------------------------------------- helpers

  /** Fewest news_ant occurrences of one of its names for an entry to be imported. */
  static final int MIN_NEWS = 2;
  /** Occurrences in news_ant of every word sequence of 1–4 words (matching form), or null. */
  private Map<String, Integer> newsPhrases;

  /**
   * Whether real news writes one of the record's names at least {@value #MIN_NEWS} times: the
   * import keeps the names a reader of news meets, and stays small enough to load fast.
   */
  private boolean inNews(ObjectNode o) {
    if (newsPhrases == null) {
      return true;
    }
    for (JsonNode a : o.path("aliases")) {
      if (newsPhrases.getOrDefault(NORM.matchingForm(a.asText()).strip(), 0) >= MIN_NEWS) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Integer> phrasesInNews(Path news) throws IOException {
    Set<String> wanted = new HashSet<>();
    Set<String> firstWords = new HashSet<>();
    // the gazetteers' names are not known yet: collect every n-gram whose first word starts a
    // name of the tables (cheap to keep), read from the tables themselves
    for (String f : List.of("arwikicats/people_peoples.json", "arwikicats/sports_Clubs_key.json")) {
      JSON.readTree(news.getParent().getParent().resolve("gazetteers").resolve(f).toFile())
          .forEach(v -> {
            wanted.add(NORM.matchingForm(v.asText()).strip());
            wanted.add(NORM.matchingForm(SPORT.matcher(v.asText().strip()).replaceAll("")).strip());
          });
    }
    for (String line : Files.readAllLines(news.getParent().getParent()
        .resolve("gazetteers/world-cities/world-cities.jsonl"), StandardCharsets.UTF_8)) {
      line = line.replace("\uFEFF", "").strip();
      if (!line.isEmpty()) {
        wanted.add(NORM.matchingForm(withoutHead(JSON.readTree(line).path("CityNameAr").asText()
            .strip())).strip());
      }
    }
    for (String w : wanted) {
      int sp = w.indexOf(' ');
      firstWords.add(sp < 0 ? w : w.substring(0, sp));
    }
    Map<String, Integer> counts = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(news)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] t = NORM.matchingForm(JSON.readTree(line).path("text").asText(""))
            .split("[^\\u0621-\\u064A]+");
        for (int i = 0; i < t.length; i++) {
          String first = t[i];
          if (!firstWords.contains(first)) {
            String bare = first.length() > 3 && "وفبلك".indexOf(first.charAt(0)) >= 0
                ? first.substring(1) : first;
            if (!firstWords.contains(bare)) {
              continue;
            }
            first = bare;
          }
          StringBuilder sb = new StringBuilder(first);
          for (int n = 0; n < 6 && i + n < t.length; n++) {
            if (n > 0) {
              sb.append(' ').append(t[i + n]);
            }
            String phrase = sb.toString();
            if (wanted.contains(phrase)) {
              counts.merge(phrase, 1, Integer::sum);
            }
          }
        }
      }
    }
    return counts;
  }

  /** Reserves the names; false (nothing reserved) when one already names an entity. */
  private boolean claim(List<String> aliases) {
    for (String a : aliases) {
      if (taken.contains(NORM.matchingForm(a))) {
        return false;
      }
    }
    aliases.forEach(a -> taken.add(NORM.matchingForm(a)));
    return true;
  }

  /** Only Arabic letters and single spaces, {@code min} to {@code max} words of 2+ letters. */
  private static boolean plain(String s, int min, int max) {
    if (!PLAIN_ARABIC.matcher(s).matches()) {
      return false;
    }
    String[] words = s.split(" ");
    if (words.length < min || words.length > max) {
      return false;
    }
    for (String w : words) {
      if (w.length() < 2) {
        return false;
      }
    }
    return true;
  }

  private String key(String english) {
    String ascii = Normalizer.normalize(english, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (ascii.isEmpty()) {
      ascii = "entity";
    }
    String k = ascii;
    for (int n = 2; keys.contains(k); n++) {
      k = ascii + "-" + n;
    }
    keys.add(k);
    return k;
  }

  private static ObjectNode record(String key, String type, String name, List<String> aliases) {
    ObjectNode o = JSON.createObjectNode();
    o.put("key", key);
    o.put("type", type);
    o.put("name", name);
    o.putNull("wikidata");
    ArrayNode a = o.putArray("aliases");
    aliases.forEach(a::add);
    o.putArray("abbreviations");
    return o;
  }

  private static void write(Path out, List<ObjectNode> records) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ObjectNode o : records) {
        w.write(JSON.writeValueAsString(o));
        w.write('\n');
      }
    }
  }

  /** "barnsley f.c." → "Barnsley F.C.", "george w. bush" → "George W. Bush". */
  static String titleCase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '.' || c == '(';
    }
    return b.toString();
  }

  /** "stephen" → "Stephen", "jean-paul" → "Jean-Paul". */
  private static String capitalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (String part : s.split("-", -1)) {
      if (b.length() > 0) {
        b.append('-');
      }
      b.append(part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    return b.toString();
  }

}
