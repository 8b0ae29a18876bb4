package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A capital speaks for its state only as the subject of a speech verb: right after the verb
 * (across a date or a comma: نفت موسكو، أعلنت سيول، الخميس، أن) or right before it (لكن الرياض
 * أعلنت، وكانت واشنطن أعلنت), but not in a clause after إن / أن, which tells what someone else
 * said (قال المتحدث إن موسكو ترفض: one statement, the spokesman's). Anywhere else a capital read as the speaker is the verb's object
 * (وحذر المندوب الروسي واشنطن من), the genitive of a noun (إعلان المنامة، بيان بوينس آيرس، حكومة
 * طهران) or a newspaper's name (نقلاً عن الرياض), and it is dropped. Stateless.
 */
final class CapitalSpeakers {

  private final Cues cues;

  CapitalSpeakers(Cues cues) {
    this.cues = cues;
  }

  /** Removes from {@code speakers} every capital that is not the speech verb's own subject. */
  void keepSubjectsOnly(AnalyzedText text, EntityLayer layer, boolean[] inTimex,
      Frames frames, Found f, Clause c, boolean nominal, Set<Integer> speakers) {
    speakers.removeIf(e -> EntityKinds.isCapital(layer, e)
        && !(verb(f) && !nominal && subjectOf(text, layer, inTimex, frames, f, c, e)));
  }

  private static boolean verb(Found f) {
    TriggerLexicon.Pos pos = f.trigger().pos();
    return pos == TriggerLexicon.Pos.PERFECT || pos == TriggerLexicon.Pos.IMPERFECT;
  }

  private boolean subjectOf(AnalyzedText text, EntityLayer layer, boolean[] inTimex,
      Frames frames, Found f, Clause c, int entity) {
    for (Occurrence o : Tokens.occurrences(layer, c.left(), c.right())) {
      if (o.entity() != entity) {
        continue;
      }
      if (o.end() <= f.start() && frames.frontedSubject(text, o.end(), f.start())
          && !afterThat(text, o.start())) {
        return true; // لكن الرياض أعلنت
      }
      if (o.start() >= f.end() && onlyDatesBetween(text, inTimex, f.end(), o.start())) {
        return true; // أعلنت سيول، الخميس، أن
      }
    }
    return false;
  }

  private boolean afterThat(AnalyzedText text, int start) {
    if (start == 0) {
      return false;
    }
    String w = text.form(start - 1);
    return cues.complementizers.contains(w) || cues.bareThat.contains(w);
  }

  private static boolean onlyDatesBetween(AnalyzedText text, boolean[] inTimex, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!inTimex[i] && !Tokens.isComma(text.form(i))) {
        return false;
      }
    }
    return true;
  }
}
