package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A city's name is also its sports club's (برشلونة، روما، مانشستر), and sports news says which
 * it means: after a club's head noun in apposition (نادي برشلونة، فريق روما; its adjectives and a
 * comma may come between: غريمه التقليدي، برشلونة), after a player's
 * or coach's role in construct (مدافع برشلونة) or as the subject or the opponent of a verb of a
 * match's result (فاز برشلونة على روما، تعادل مانشستر مع …) the city is the club, an
 * organisation, and so it is when the knowledge base found the club itself under the city's
 * name (نادي برشلونة is FC Barcelona): then every such mention is that club. A city read so is the club in the whole document, except where a
 * place noun (مدينة برشلونة) or في (في برشلونة) says it is the place. A country stays a country
 * (فاز المنتخب … على فرنسا: national teams are named by their country). The cue words are the
 * resource {@value #RESOURCE}. Stateless and thread-safe.
 */
final class CityClubs {

  static final String RESOURCE = "/io/khabar/kb/club-cues.txt";

  private static final Set<String> HEADS = new HashSet<>();
  private static final Set<String> APPOSITION_HEADS = new HashSet<>();
  private static final Set<String> VERBS = new HashSet<>();
  private static final Set<String> AGAINST = new HashSet<>();
  private static final Set<String> NATIONAL = new HashSet<>();
  private static final String IN = ArabicNormalizer.get().matchingForm("في");

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(CityClubs.class, RESOURCE)) {
      if (f.length != 2) {
        continue;
      }
      switch (f[0]) {
        case "head" -> {
          HEADS.add(n.matchingForm(f[1]));
          APPOSITION_HEADS.add(n.matchingForm(f[1]));
        }
        case "member" -> HEADS.add(n.matchingForm(f[1]));
        case "verb" -> VERBS.add(n.matchingForm(f[1]));
        case "against" -> AGAINST.add(n.matchingForm(f[1]));
        case "national" -> NATIONAL.add(n.matchingForm(f[1]));
        default -> throw new IllegalStateException(
            RESOURCE + ": unknown line " + String.join(" ", f));
      }
    }
  }

  private CityClubs() {}

  /**
   * Retypes as clubs the cities of {@code candidates} (proposed, not yet resolved) that the
   * context names as teams; {@code proclitics} gives a token's proclitic chars, {@code demonym}
   * tells a country's adjective (matching form).
   */
  static void apply(AnalyzedText text, List<Candidate> candidates, IntUnaryOperator proclitics,
      java.util.function.Predicate<String> demonym) {
    int n = text.size();
    Candidate[] cityAt = new Candidate[n];
    for (Candidate c : candidates) {
      if (isCity(c) && (cityAt[c.start()] == null || cityAt[c.start()].length() < c.length())) {
        cityAt[c.start()] = c;
      }
    }
    unknownClubs(text, candidates, proclitics);
    Set<String> clubs = new HashSet<>();
    // a club the knowledge base knows under its city's name (نادي برشلونة → FC Barcelona):
    // the city's name alone elsewhere is that club when the context names it as a team
    Map<String, Candidate> knownClubs = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.source() == Candidate.Source.KB && c.type() == EntityType.ORGANIZATION
          && c.entities().stream().allMatch(e -> e.subtype().filter("sports-club"::equals)
              .isPresent())) {
        knownClubs.putIfAbsent(formOf(text, c), c);
      }
    }
    // روما الإيطالي، بورتو البرتغالي: a city is feminine, so a country's masculine adjective
    // after its name agrees with the club (النادي) it stands for; the city alone is then that
    // club too (other masculine nisbas qualify an event or a place: معرض دبي الدولي)
    for (Candidate c : candidates) {
      if (c.type() == EntityType.ORGANIZATION && c.length() == 2
          && Nisbas.isMasculine(text.form(c.end() - 1)) && demonym.test(text.form(c.end() - 1))
          && (c.source() == Candidate.Source.MODEL || knownClubs.containsValue(c))) {
        knownClubs.putIfAbsent(formOf(text, c, c.end() - 1), c);
      }
    }
    for (Candidate c : candidates) {
      if (isCity(c) && knownClubs.containsKey(formOf(text, c))) {
        addKeys(c, clubs);
      } else if (isCity(c) && c.end() < n && text.isWord(c.end())
          && sameSentence(text, c.start(), c.end()) && Nisbas.isMasculine(text.form(c.end()))
          && demonym.test(text.form(c.end())) && !genitive(text, c)) {
        // قادما من فولفسبورغ الألماني: the same agreement after a known city, unless the city
        // is a noun's genitive, whose head the adjective may qualify (ماراثون بوسطن الأميركي)
        addKeys(c, clubs);
      }
    }
    for (int i = 0; i + 1 < n; i++) {
      if (!text.isWord(i)) {
        continue;
      }
      String w = bare(text, i, proclitics);
      int named = HEADS.contains(w) ? afterAdjectives(text, i + 1) : -1;
      if (named >= 0 && cityAt[named] != null && sameSentence(text, i, named)) {
        addKeys(cityAt[named], clubs); // نادي برشلونة، غريمه التقليدي برشلونة
      } else if (isResultVerb(w) && cityAt[i + 1] != null && sameSentence(text, i, i + 1)) {
        Candidate subject = cityAt[i + 1]; // فاز برشلونة على روما
        addKeys(subject, clubs);
        int p = subject.end();
        if (p + 1 < n && sameSentence(text, i, p + 1) && AGAINST.contains(text.form(p))
            && cityAt[p + 1] != null) {
          addKeys(cityAt[p + 1], clubs);
        }
      }
    }
    if (clubs.isEmpty()) {
      return;
    }
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (isCity(c) && clubs.contains(c.entities().get(0).key()) && !namedAsPlace(text, c)) {
        Candidate known = knownClubs.get(formOf(text, c));
        candidates.set(k, c.withEntities(known == null ? ImmutableList.of() : known.entities(),
            EntityType.ORGANIZATION));
      }
    }
  }

  /**
   * A name the knowledge base lacks is a club where the same cues say so: the name finder's
   * person right after a club's head or a member's role (لاعب ليستر سيتي، في صفوف
   * كريستال بالاس) is the club, and so is its span that starts with a club's head noun in
   * apposition (فريق ليفربول): the name without the head. The result verbs are left out here,
   * since players of individual sports win too (فاز نادال على فيدرر). A national team is
   * named by its country: the name finder's person after its noun (منتخب أوروغواي) is the
   * country. The name finder's places are left out: a country after a player's role is his national team, which news names by
   * the country (مهاجم إنجلترا).
   */
  private static void unknownClubs(AnalyzedText text, List<Candidate> candidates,
      IntUnaryOperator proclitics) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.MODEL || c.type() != EntityType.PERSON) {
        continue;
      }
      int i = c.start();
      if (c.stripped() == 0 && i > 0 && text.isWord(i - 1) && sameSentence(text, i - 1, i)
          && NATIONAL.contains(bare(text, i - 1, proclitics))) {
        // منتخب أوروغواي: a national team is named by its country
        candidates.set(k, c.withEntities(ImmutableList.of(), EntityType.LOCATION));
        continue;
      }
      if (c.length() >= 2 && APPOSITION_HEADS.contains(bare(text, i, proclitics))
          && sameSentence(text, i, i + 1)) {
        candidates.set(k, new Candidate(i + 1, c.end(), 0, c.source(), ImmutableList.of(),
            EntityType.ORGANIZATION, c.score()));
      } else if (c.stripped() == 0 && i > 0 && text.isWord(i - 1) && sameSentence(text, i - 1, i)
          && HEADS.contains(bare(text, i - 1, proclitics))) {
        candidates.set(k, c.withEntities(ImmutableList.of(), EntityType.ORGANIZATION));
      }
    }
  }

  /**
   * Where the noun after a cue starting at {@code j} is: after at most two definite nisbas that
   * qualify the cue (غريمه التقليدي، الغريم التقليدي) and a comma of apposition, or −1 past the
   * text's end.
   */
  private static int afterAdjectives(AnalyzedText text, int j) {
    int t = j;
    while (t < j + 2 && t < text.size() && text.isWord(t) && Nisbas.isDefinite(text.form(t))) {
      t++;
    }
    if (t > j && t < text.size() && (text.surface(t).equals("،") || text.surface(t).equals(","))) {
      t++;
    }
    return t < text.size() ? t : -1;
  }

  /** The candidate's words in matching form, its proclitics removed. */
  private static String formOf(AnalyzedText text, Candidate c) {
    return formOf(text, c, c.end());
  }

  /** The candidate's words up to {@code end} in matching form, its proclitics removed. */
  private static String formOf(AnalyzedText text, Candidate c, int end) {
    StringBuilder sb = new StringBuilder();
    for (int t = c.start(); t < end; t++) {
      String f = text.form(t);
      sb.append(t == c.start() ? f.substring(Math.min(c.stripped(), f.length())) : f).append(' ');
    }
    return sb.toString();
  }

  private static boolean isCity(Candidate c) {
    if (c.source() != Candidate.Source.KB || c.entities().size() != 1) {
      return false;
    }
    KbEntity e = c.entities().get(0);
    return e.type() == EntityType.LOCATION
        && e.subtype().filter(s -> s.equals("city") || s.equals("capital") || s.equals("town")).isPresent();
  }

  /**
   * Whether the city may be a genitive: it carries no proclitic and the word before it, in its
   * sentence, is no function word (من، إلى، مع).
   */
  private static boolean genitive(AnalyzedText text, Candidate c) {
    int p = c.start() - 1;
    if (c.stripped() > 0 || p < 0 || !text.isWord(p) || !sameSentence(text, p, c.start())) {
      return false; // ولشبونة، (لشبونة: a preposition or nothing governs it
    }
    return !DocumentConsistency.isFunctionWord(text.form(p));
  }

  private static void addKeys(Candidate c, Set<String> out) {
    out.add(c.entities().get(0).key());
  }

  /** After a place noun (مدينة برشلونة) or في, or with ب (ببرشلونة): the place. */
  private static boolean namedAsPlace(AnalyzedText text, Candidate c) {
    if (KbCandidates.afterPlaceNoun(text, c.start())) {
      return true;
    }
    if (c.stripped() > 0 && text.form(c.start()).startsWith("ب")) {
      return true;
    }
    return c.start() > 0 && sameSentence(text, c.start() - 1, c.start())
        && text.form(c.start() - 1).equals(IN);
  }

  /** A verb of a match's result, with its و/ف and a feminine ت removed (وفازت → فاز). */
  private static boolean isResultVerb(String w) {
    return VERBS.contains(w) || w.endsWith("ت") && VERBS.contains(w.substring(0, w.length() - 1));
  }

  private static String bare(AnalyzedText text, int i, IntUnaryOperator proclitics) {
    String f = text.form(i);
    return f.substring(Math.min(proclitics.applyAsInt(i), f.length()));
  }

  private static boolean sameSentence(AnalyzedText text, int a, int b) {
    return text.sentenceOf(a) == text.sentenceOf(b);
  }
}
