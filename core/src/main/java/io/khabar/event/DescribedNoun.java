package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * An imperfect speech verb right after a common noun (قرار يدين إسرائيل، مشروع القرار يدين
 * حماس، تقارير تؤكد) has that noun as its subject, fronted or described by the verb: the name
 * after the verb is its object, and the subject is not named. A name, a particle, a
 * complementizer or a relative pronoun before the verb leaves the subject to be found; after a
 * relative pronoun the subject is its antecedent, right before it (الجماعة، التي توجه …).
 */
final class DescribedNoun {

  /** The relative pronouns: the clause they open describes the noun before them. */
  private static final Set<String> RELATIVES = Set.of(
      "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي");

  private final Cues cues;

  DescribedNoun(Cues cues) {
    this.cues = cues;
  }

  /** The speech verb at {@code f} follows the common noun that is its subject. */
  boolean test(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f,
      int sentenceStart) {
    int i = f.start() - 1;
    if (f.trigger().type() != EventType.STATEMENT
        || f.trigger().pos() != TriggerLexicon.Pos.IMPERFECT || i < sentenceStart
        || !text.isWord(i) || inTimex[i] || layer.entityAt(i) >= 0
        || !Tokens.proclitics(text, f).isEmpty()) {
      return false;
    }
    String w = text.form(i);
    if (RELATIVES.contains(w) || cues.particles.contains(w) || cues.timeCues.contains(w)
        || cues.complementizers.contains(w) || cues.negations.contains(w)) {
      return false;
    }
    return w.startsWith("ال") && w.length() > 3 || cues.unnamedAgents.contains(w);
  }

  /** A relative pronoun stands right before the verb at {@code f}. */
  static boolean afterRelative(AnalyzedText text, Found f, int sentenceStart) {
    return f.start() > sentenceStart && RELATIVES.contains(text.form(f.start() - 1));
  }

  /** Only a comma stands between a name ending at {@code end} and the relative pronoun. */
  static boolean antecedentEndsAt(AnalyzedText text, int end, int relative) {
    for (int i = end; i < relative; i++) {
      if (!Tokens.isComma(text.form(i))) {
        return false;
      }
    }
    return end <= relative;
  }
}
