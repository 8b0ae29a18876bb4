package io.khabar.train;

import io.khabar.testdata.conll.TaggedSentence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * WikiFANE Gold 2014 (Alotaibi and Lee, COLING 2014; CC BY-SA 3.0), 490k tokens of Arabic
 * Wikipedia with 50 fine-grained types, read as ANERcorp-style sentences.
 *
 * <p>Types map to ANERcorp's classes as ANERcorp's annotators use them (checked on examples of
 * both corpora): every person subtype is PERS; nations, cities, provinces, districts, continents,
 * GPE clusters (الشرق الاوسط، المملكة المتحدة), water bodies and natural regions are LOC; every
 * organisation subtype (government, commercial, NGO, educational, media, sports, religious,
 * entertainment, medical-science) is ORG. Peoples ({@code Group}: الاكراد، الاوروبيين) and
 * facilities (buildings, airports, roads) are O, as ANERcorp leaves العرب and مطار … (only the
 * city inside an airport's name is LOC there); products, works, vehicles, weapons, drugs, food
 * and celestial bodies are MISC.
 *
 * <p>WikiFANE splits clitics off (و ب ل ك ف before a word; ه ها هم … after it) where ANERcorp
 * and news text keep them attached. With {@code rejoin} a lone proclitic is joined to the next
 * word and a lone pronoun suffix to the previous one, the joined token taking the tag of the word
 * (B- when either part began an entity), so the features see the attached forms they meet at
 * tagging time. Hamza is already folded in the corpus (ا for أ إ آ); the features' matching form
 * folds it too, so nothing is done about it. U+200E/U+200F marks are removed; a blank line ends a
 * sentence.
 */
public final class WikiFane {

  /** Path below the shared directory. */
  public static final String FILE = "data/wikifane/WikiFANE_Gold_2014_500K.txt.gz";

  private static final Map<String, String> COARSE = coarse();
  private static final Set<String> PROCLITICS = Set.of("و", "ف", "ب", "ل", "ك");
  private static final Set<String> ENCLITICS =
      Set.of("ه", "ها", "هم", "هما", "هن", "كم", "كما", "نا");

  private WikiFane() {}

  private static Map<String, String> coarse() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String t : List.of("Politician", "Artist", "Scientist", "Athlete", "Businessperson",
        "Religious_PER", "Engineer", "Lawyer", "Other_PER", "Police")) {
      m.put(t, "PERS");
    }
    for (String t : List.of("Nation", "Population-Center", "State-or-Province",
        "County-or-District", "Continent", "GPE-Cluster", "Water-Body", "Land-Region-Natural")) {
      m.put(t, "LOC");
    }
    for (String t : List.of("Government", "Commercial", "Non-Governmental", "Educational",
        "Media", "Sports", "Religious_ORG", "Entertainment", "Medical-Science")) {
      m.put(t, "ORG");
    }
    for (String t : List.of("Group", "Building-Grounds", "Airport", "Path",
        "Subarea-Facility")) {
      m.put(t, "O");
    }
    return Map.copyOf(m);
  }

  /** The coarse class of a fine WikiFANE type: PERS, LOC, ORG, O, or MISC for all others. */
  static String coarse(String fine) {
    return COARSE.getOrDefault(fine, "MISC");
  }

  public static List<TaggedSentence> read(Path shared, boolean rejoin) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(shared.resolve(FILE))),
        StandardCharsets.UTF_8))) {
      List<String> toks = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        String w = clean(tab < 0 ? line : line.substring(0, tab));
        if (w.isEmpty()) {
          flush(out, toks, tags, rejoin);
          continue;
        }
        toks.add(w);
        tags.add(tag(tab < 0 ? "O" : line.substring(tab + 1).strip()));
      }
      flush(out, toks, tags, rejoin);
    }
    return out;
  }

  private static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\u200E' && c != '\u200F' && c != '\uFEFF' && !Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String tag(String t) {
    if (t.length() < 3 || t.charAt(1) != '-' || (t.charAt(0) != 'B' && t.charAt(0) != 'I')) {
      return "O";
    }
    String c = coarse(t.substring(2));
    return c.equals("O") ? "O" : t.charAt(0) + "-" + c;
  }

  private static void flush(List<TaggedSentence> out, List<String> toks, List<String> tags,
      boolean rejoin) {
    if (!toks.isEmpty()) {
      out.add(rejoin ? rejoined(toks, tags) : TaggedSentence.of(toks, tags));
    }
    toks.clear();
    tags.clear();
  }

  /** The sentence with lone clitics joined to their word (see the class comment). */
  static TaggedSentence rejoined(List<String> toks, List<String> tags) {
    List<String> t2 = new ArrayList<>();
    List<String> g2 = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      String w = toks.get(i);
      String g = tags.get(i);
      // a chain of proclitics (و ب) joins the next word
      StringBuilder pre = new StringBuilder();
      boolean begins = false;
      while (PROCLITICS.contains(w) && i + 1 < toks.size() && arabic(toks.get(i + 1))) {
        pre.append(w);
        begins |= g.startsWith("B-");
        i++;
        w = toks.get(i);
        g = tags.get(i);
      }
      if (begins && g.startsWith("I-")) {
        g = "B-" + g.substring(2);
      }
      w = pre + w;
      if (ENCLITICS.contains(toks.get(i)) && pre.isEmpty() && !t2.isEmpty()
          && arabic(t2.get(t2.size() - 1))) {
        t2.set(t2.size() - 1, t2.get(t2.size() - 1) + w);
        continue;
      }
      t2.add(w);
      g2.add(g);
    }
    return TaggedSentence.of(t2, g2);
  }

  private static boolean arabic(String w) {
    return !w.isEmpty() && w.charAt(0) >= '\u0621' && w.charAt(0) <= '\u064A';
  }
}
