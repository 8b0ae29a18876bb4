package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The finite verb استهدف is "struck" only where force is told: in economic, political and sports
 * news it is "aimed at" (تستهدف مصر خفض العجز، رسوم تستهدف سلعا أميركية، يستهدف النادي التعاقد مع
 * لاعب، تستهدف التوقيفات أنصار غولن). So the verb is an attack only when its sentence also tells
 * force: another attack word (غارة، هجوم، قصف، انفجار), a force (القوات، الجيش، مسلحون) or a weapon
 * (صاروخ، قذائف، طائرات، عبوة ناسفة). Its verbal noun استهداف is left to the other rules. The force
 * and weapon words are the FORCE and WEAPON roles of {@code argument-cues.tsv}, read with a
 * proclitic or the article.
 */
final class Targeting {

  /** The root letters after the است of the verb's forms (تستهدف، استهدفت، سيستهدف). */
  private static final String TARGETED = "ستهدف";
  /** What the verb and its verbal noun share (استهداف is no force of its own). */
  private static final String TARGETING = "ستهد";

  private final Set<String> force;

  Targeting(TriggerLexicon lexicon) {
    Set<String> words = new HashSet<>(lexicon.cues("FORCE"));
    words.addAll(lexicon.cues("WEAPON"));
    words.addAll(lexicon.cues("ATTACK_MEANS"));
    this.force = Set.copyOf(words);
  }

  /** Whether {@code found.get(k)} is استهدف with no force told in its sentence: "aimed at". */
  boolean aimOnly(AnalyzedText text, List<Found> found, int k) {
    Found f = found.get(k);
    if (f.trigger().type() != EventType.ATTACK || !f.trigger().form().contains(TARGETED)
        || f.trigger().pos() == TriggerLexicon.Pos.MASDAR) {
      return false;
    }
    int sentence = text.sentenceOf(f.start());
    for (Found g : found) {
      if (g != f && g.trigger().type() == EventType.ATTACK
          && !g.trigger().form().contains(TARGETING) && text.sentenceOf(g.start()) == sentence) {
        return false;
      }
    }
    for (int i = text.sentenceStart(sentence); i < text.sentenceEnd(sentence); i++) {
      if (i >= f.start() && i < f.end() || !text.isWord(i)) {
        continue;
      }
      if (forceWord(text.form(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean forceWord(String w) {
    if (force.contains(w)) {
      return true;
    }
    String bare = ProcliticStripper.withoutOneProclitic(w, 3);
    return force.contains(bare) || bare.startsWith("ال") && force.contains(bare.substring(2))
        || w.startsWith("ال") && force.contains(w.substring(2));
  }
}
