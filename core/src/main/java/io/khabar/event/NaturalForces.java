package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A verb of attacking whose subject is a force of nature tells weather or a disaster, no attack:
 * the subject after the verb (اجتاحت عواصف رعدية المنطقة، ضرب زلزال الساحل) or the noun the
 * clause follows, across its relative pronoun and adjectives (الفيضانات التي اجتاحت البلدة، طقس
 * قارس البرودة اجتاح أوروبا). The nouns are the NATURAL_FORCE role of {@code argument-cues.tsv}.
 */
final class NaturalForces {

  /** Words between the verb and a subject before it: التي، adjectives (قارس البرودة). */
  private static final int BEFORE_REACH = 3;

  private final Set<String> forces;

  NaturalForces(TriggerLexicon lexicon) {
    this.forces = lexicon.cues("NATURAL_FORCE");
  }

  /** The attack verb at {@code f} has a force of nature as its subject. */
  boolean sweeps(AnalyzedText text, Found f, Clause c) {
    if (f.trigger().type() != EventType.ATTACK || forces.isEmpty()) {
      return false;
    }
    if (f.reach() < c.sentenceEnd() && natural(text.form(f.reach()))) {
      return true; // اجتاحت عواصف رعدية المنطقة
    }
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - BEFORE_REACH); i--) {
      if (!text.isWord(i) || Tokens.isBreak(text, i)) {
        return false;
      }
      if (natural(text.form(i))) {
        return true; // الأمطار الغزيرة والفيضانات التي اجتاحت
      }
    }
    return false;
  }

  private boolean natural(String w) {
    String bare = ProcliticStripper.withoutOneProclitic(w, 3);
    return forces.contains(w) || forces.contains(bare)
        || w.startsWith("ال") && forces.contains(w.substring(2))
        || bare.startsWith("ال") && forces.contains(bare.substring(2));
  }
}
