package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A verbal noun governed through من / عن by a verb of backing away (انسحبت نيجيريا من توقيع
 * اتفاقية، تراجع الرئيس عن زيارة، امتنعت عن التصويت) did not happen: the event is NEGATED. The
 * verbs are the role RENOUNCING of {@code argument-cues.tsv}; between the verb and its من / عن
 * stands only the subject.
 */
final class Renouncing {

  /** Tokens from the verb to its من / عن: a subject with a title. */
  private static final int REACH = 7;

  private final Set<String> verbs;

  Renouncing(TriggerLexicon lexicon) {
    this.verbs = lexicon.cues("RENOUNCING");
  }

  /** The nominal trigger is the complement of a verb of backing away. */
  boolean renounced(AnalyzedText text, Found f, Clause c) {
    int prep = f.start() - 1;
    if (prep <= c.sentenceStart() || !Tokens.proclitics(text, f).isEmpty()
        || !(text.form(prep).equals("من") || text.form(prep).equals("عن"))) {
      return false;
    }
    for (int i = prep - 1; i >= Math.max(c.sentenceStart(), prep - REACH); i--) {
      if (Tokens.isBreak(text, i)) {
        return false;
      }
      String w = text.form(i);
      if (verbs.contains(w) || verbs.contains(ProcliticStripper.withoutConjunction(w, 3))) {
        return true;
      }
    }
    return false;
  }
}
