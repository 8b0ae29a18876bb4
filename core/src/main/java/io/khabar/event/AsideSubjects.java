package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Optional;

/**
 * The subject told between كان and قد, across an aside: in وكان اتحاد العمال النيجيري، أو ما يعرف
 * باسم "مؤتمر العمل النيجيري"، قد حث الرئيس بخاري على … the union urged, and the president after
 * the verb is its object. News writing fronts the subject of a past perfect (كان X قد فعل) and
 * may put an aside after it; the verb after قد then has its subject already, whatever name
 * follows it. The subject is the actor right after كان, and after it comes either قد at once or
 * a comma opening the aside. Stateless.
 */
final class AsideSubjects {

  /** Tokens from كان back to the verb: the subject and a short aside. */
  private static final int REACH = 16;

  private final Cues cues;

  AsideSubjects(Cues cues) {
    this.cues = cues;
  }

  /** The actor between كان and the قد right before the verb at {@code f}, if any. */
  Optional<Occurrence> subject(AnalyzedText text, EntityLayer layer, Found f, int sentenceStart) {
    int qad = f.start() - 1;
    if (qad <= sentenceStart || !text.form(qad).equals("قد")) {
      return Optional.empty();
    }
    for (int k = qad - 1; k >= Math.max(sentenceStart, qad - REACH); k--) {
      if (Tokens.isBreak(text, k)) {
        return Optional.empty();
      }
      String w = ProcliticStripper.withoutConjunction(text.form(k), 2);
      if (!w.startsWith("كان") || !cues.particles.contains(w)) {
        continue;
      }
      // the aside may open a clause of its own, so the name is looked up in the layer
      for (Occurrence o : Tokens.occurrences(layer, k + 1, qad)) {
        if (o.start() == k + 1 && EntityKinds.isActor(layer, o.entity())
            && (o.end() == qad || Tokens.isComma(text.form(o.end())))) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
