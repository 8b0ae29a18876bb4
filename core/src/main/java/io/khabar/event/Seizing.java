package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Taking control (سيطرت القوات على، تمكن الجيش من السيطرة على، استعاد السيطرة على، أحكمت سيطرتها
 * على) is a force taking ground, an attack in news of war, only when both are told: a force
 * (قوات، الجيش، مسلحون) stands in the clause before the object, and what is controlled is ground
 * — a named place or a noun of ground (بلدة، معبر، مواقع، جبل). Anywhere else it is control of a
 * market, a fire, a disease or a situation (سيطرت الشركة على السوق، السيطرة على الحريق، سيطرة
 * الأمن على الوضع). The force and ground words are the FORCE and SEIZED_GROUND roles of
 * {@code argument-cues.tsv}, read with a proclitic or the article. Stateless after construction.
 */
final class Seizing {

  /** What every form of the trigger shares: سيطر، السيطرة، سيطرتها. */
  private static final String CONTROL = "سيطر";
  private final Set<String> force;
  private final Set<String> ground;

  Seizing(TriggerLexicon lexicon) {
    this.force = Set.copyOf(new HashSet<>(lexicon.cues("FORCE")));
    Set<String> g = new HashSet<>(lexicon.cues("SEIZED_GROUND"));
    g.addAll(lexicon.cues("PLACE_UNIT"));
    this.ground = Set.copyOf(g);
  }

  /** Whether {@code found.get(k)} is taking control with no force or of no ground. */
  boolean noGroundTaken(AnalyzedText text, EntityLayer layer, List<Found> found, int k) {
    Found f = found.get(k);
    if (f.trigger().type() != EventType.ATTACK || !f.trigger().form().contains(CONTROL)) {
      return false;
    }
    int on = f.reach() - 1; // the على that ends the trigger
    return !forceBefore(text, f, on) || !groundAfter(text, layer, on + 1);
  }

  private boolean forceBefore(AnalyzedText text, Found f, int on) {
    int sentence = text.sentenceOf(f.start());
    int from = Math.max(text.sentenceStart(sentence), f.start() - Frames.LEFT_WINDOW);
    for (int i = from; i < on; i++) {
      if (text.isWord(i) && is(force, text.form(i))) {
        return true;
      }
    }
    return false;
  }

  /** The object right after على is ground: a named place or a noun of ground (كامل، معظم too). */
  private boolean groundAfter(AnalyzedText text, EntityLayer layer, int at) {
    if (at >= text.size() || !text.isWord(at)) {
      return false;
    }
    int e = layer.entityAt(at);
    return e >= 0 ? EntityKinds.isPlace(layer, e) : is(ground, text.form(at));
  }

  private static boolean is(Set<String> words, String w) {
    if (words.contains(w)) {
      return true;
    }
    String bare = ProcliticStripper.withoutOneProclitic(w, 3);
    return words.contains(bare) || bare.startsWith("ال") && words.contains(bare.substring(2))
        || w.startsWith("ال") && words.contains(w.substring(2));
  }
}
