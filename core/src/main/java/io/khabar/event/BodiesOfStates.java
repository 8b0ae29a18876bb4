package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A state or city named as the genitive of the speech verb's subject does not speak: in ردت
 * سفارة المملكة العربية السعودية في روسيا، وكان جيش النيجر أعلن the embassy and the army speak,
 * bodies the text does not name on their own; in «أعلن اليوم انسحاب الولايات المتحدة» the
 * president speaks, not the state withdrawn. The subject is the indefinite noun in construct
 * right after the verb (across a date) (or, fronted after كان / قد, right before it), and the place
 * follows it at once. A definite noun is no construct head (أعلنت الرئاسة، السعودية), and باسم
 * lets the body speak for its state (قال متحدث باسم الحكومة). Stateless.
 */
final class BodiesOfStates {

  private final Cues cues;

  BodiesOfStates(Cues cues) {
    this.cues = cues;
  }

  /** Removes from {@code speakers} the places named only as the genitive of the subject. */
  void removeFrom(AnalyzedText text, EntityLayer layer, boolean[] inTimex, Found f, Clause c,
      Set<Integer> speakers) {
    int subject = f.end();
    while (subject < c.right() && (inTimex[subject] || Tokens.isComma(text.form(subject)))) {
      subject++; // قال الثلاثاء سفير المغرب، "أعلن اليوم انسحاب الولايات المتحدة"
    }
    for (Occurrence o : Tokens.occurrences(layer, c.left(), c.right())) {
      if (!speakers.contains(o.entity()) || !EntityKinds.isPlace(layer, o.entity())) {
        continue;
      }
      int head = o.start() - 1;
      while (head > c.left() && Tokens.isQuote(text.form(head))) {
        head--;
      }
      if (head < 0 || head == f.start() || !constructHead(text, layer, head)) {
        continue;
      }
      boolean after = head == subject;
      // وكان جيش النيجر أعلن: a fronted subject is told after كان / قد, where a noun begins
      boolean fronted = o.end() <= f.start() && frontedBefore(text, o.end(), f.start())
          && head > c.sentenceStart() && particle(text.form(head - 1));
      if (after || fronted) {
        speakers.remove(o.entity());
      }
    }
  }

  /** An indefinite noun that can head a construct: no article, no name, no cue word. */
  private boolean constructHead(AnalyzedText text, EntityLayer layer, int i) {
    String w = text.form(i);
    return text.isWord(i) && layer.entityAt(i) < 0 && !w.startsWith("ال") && w.length() > 2
        && !w.equals("باسم") && !cues.cuePrepositions.contains(w) && !particle(w)
        && !cues.attributionCues.contains(w) && !cues.complementizers.contains(w);
  }

  /** قد، كان، وكانت: a particle, with or without the conjunction. */
  private boolean particle(String w) {
    return cues.particles.contains(w)
        || cues.particles.contains(ProcliticStripper.withoutConjunction(w, 2));
  }

  /** Only particles (قد، كان) stand between the subject and the verb. */
  private boolean frontedBefore(AnalyzedText text, int from, int verb) {
    for (int i = from; i < verb; i++) {
      if (!cues.particles.contains(text.form(i))) {
        return false;
      }
    }
    return verb - from <= 2;
  }
}
