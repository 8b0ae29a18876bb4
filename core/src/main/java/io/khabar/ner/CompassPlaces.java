package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.text.ArabicNormalizer;
import io.khabar.text.WordListResource;
import io.khabar.token.AnalyzedText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A compass word makes one place name with a place: a feminine compass adjective in agreement
 * after the place (أيرلندا الشمالية، أمريكا الجنوبية، القدس الشرقية; a place's name is feminine,
 * and an adjective after a construct with a feminine head, غوطة دمشق الشرقية، may agree with the
 * head instead) and a compass noun heading a construct
 * with a continent (شرق أفريقيا، جنوب آسيا) name a place of their own, and so
 * does a compass noun after a state's noun (ولاية جنوب أستراليا: the state is named South
 * Australia). A compass noun before a country or a city only says where in it (شمال سوريا، جنوب
 * لبنان): the country stays the mention. The joined name is a place the knowledge base did not
 * find (it found the longer names it has, such as كوريا الجنوبية, before this step). The words are
 * the resource {@value #RESOURCE}. Stateless and thread-safe.
 */
final class CompassPlaces {

  static final String RESOURCE = "/io/khabar/kb/compass-words.txt";

  private static final Set<String> ADJECTIVES = new HashSet<>();
  private static final Set<String> NOUNS = new HashSet<>();
  private static final Set<String> STATES = new HashSet<>();

  static {
    ArabicNormalizer n = ArabicNormalizer.get();
    for (String[] f : WordListResource.rows(CompassPlaces.class, RESOURCE)) {
      if (f.length != 2) {
        throw new IllegalStateException(RESOURCE + ": bad line " + String.join(" ", f));
      }
      switch (f[0]) {
        case "adjective" -> ADJECTIVES.add(n.matchingForm(f[1]));
        case "noun" -> NOUNS.add(n.matchingForm(f[1]));
        case "state" -> STATES.add(n.matchingForm(f[1]));
        default -> throw new IllegalStateException(
            RESOURCE + ": unknown line " + String.join(" ", f));
      }
    }
  }

  private CompassPlaces() {}

  /**
   * Joins the compass words to the places of {@code accepted} (in text order, no overlaps) in
   * place; {@code proclitics} gives a token's proclitic chars.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics) {
    boolean[] taken = Candidate.covering(text.size(), accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.type() != EntityType.LOCATION || c.isTitle()) {
        continue;
      }
      int start = c.start();
      int end = c.end();
      int stripped = c.stripped();
      if (end < text.size() && !taken[end] && text.isWord(end) && sameSentence(text, start, end)
          && ADJECTIVES.contains(text.form(end)) && !afterFeminineHead(text, c)
          && !continent(c)) {
        end++; // أيرلندا الشمالية
      }
      int before = start - 1;
      if (c.stripped() == 0 && before >= 0 && !taken[before] && text.isWord(before)
          && sameSentence(text, before, start)
          && NOUNS.contains(bare(text, before, proclitics))
          && (continent(c) || before > 0 && sameSentence(text, before - 1, before)
              && STATES.contains(bare(text, before - 1, proclitics)))) {
        start = before; // شرق أفريقيا، ولاية جنوب أستراليا
        stripped = proclitics.applyAsInt(before);
      }
      if (start != c.start() || end != c.end()) {
        Arrays.fill(taken, start, end, true);
        accepted.set(k, new Candidate(start, end, stripped, Candidate.Source.MODEL,
            ImmutableList.of(), EntityType.LOCATION, c.score()));
      }
    }
  }

  /**
   * Whether the place is the second term of a construct whose head is a feminine noun without
   * the article (غوطة دمشق الشرقية، مدينة تعز الجنوبية): an adjective after the place may agree
   * with that head as well, and then it does not name the place.
   */
  private static boolean afterFeminineHead(AnalyzedText text, Candidate c) {
    int h = c.start() - 1;
    if (c.stripped() > 0 || h < 0 || !text.isWord(h) || !sameSentence(text, h, c.start())) {
      return false;
    }
    String f = text.form(h);
    return f.endsWith("ه") && f.length() >= 3 && !text.surface(h).startsWith("ال");
  }

  /**
   * A continent the knowledge base knows: one whose names include «القارة …» (أوروبا، القارة
   * الأوروبية). A compass noun before it names a region (شرق أفريقيا); an adjective after it
   * describes a part of it (أوروبا الغربية), which ANERcorp, for one, does not read as a name.
   */
  private static boolean continent(Candidate c) {
    if (c.entities().isEmpty()) {
      return false;
    }
    for (KbEntity e : c.entities()) {
      if (e.type() != EntityType.LOCATION || e.aliases().stream().noneMatch(
          a -> a.startsWith("القارة"))) {
        return false;
      }
    }
    return true;
  }

  private static String bare(AnalyzedText text, int i, IntUnaryOperator proclitics) {
    String f = text.form(i);
    return f.substring(Math.min(proclitics.applyAsInt(i), f.length()));
  }

  private static boolean sameSentence(AnalyzedText text, int a, int b) {
    return text.sentenceOf(a) == text.sentenceOf(b);
  }
}
