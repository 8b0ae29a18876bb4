package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.Set;

/**
 * A state launching a missile (أطلقت كوريا الشمالية صاروخا) attacks only where the missile is aimed
 * at something: with no على، ضد، باتجاه، نحو after it in its clause and a word of testing or space
 * in its sentence (واستمرت التجارب … عندما أطلقت صاروخا؛ أطلقت روسيا صاروخ فضاء) it is a test or a
 * launch into space, no attack. Gunfire (أطلق النار) is not a launch. The words are the
 * TARGET_PREPOSITION, DIRECTION and TRIAL roles of {@code argument-cues.tsv}.
 */
final class Launches {

  /** What the launching verb's forms share (أطلق، يطلق، أطلقوا). */
  private static final String LAUNCH = "طلق";
  /** Tokens after the launched object its aim may stand: صاروخا من نظام باتريوت على الطائرة. */
  private static final int AIM_REACH = 10;

  private final Set<String> aims;
  private final Set<String> trial;

  Launches(TriggerLexicon lexicon) {
    Set<String> words = new HashSet<>(lexicon.cues("TARGET_PREPOSITION"));
    words.addAll(lexicon.cues("DIRECTION"));
    this.aims = Set.copyOf(words);
    this.trial = lexicon.cues("TRIAL");
  }

  /** False when a launch trigger has no aim and its sentence tells a test or space. */
  boolean holds(AnalyzedText text, Found f, Clause c) {
    String form = f.trigger().form();
    if (f.trigger().type() != EventType.ATTACK || !form.contains(LAUNCH) || form.contains("نار")
        || form.contains("رصاص")) {
      return true;
    }
    for (int i = f.reach(); i < Math.min(c.sentenceEnd(), f.reach() + AIM_REACH); i++) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      if (aims.contains(text.form(i))) {
        return true;
      }
    }
    for (int i = c.sentenceStart(); i < c.sentenceEnd(); i++) {
      String w = text.form(i);
      String bare = ProcliticStripper.withoutOneProclitic(w, 3);
      if (trial.contains(w) || trial.contains(bare)
          || bare.startsWith("ال") && trial.contains(bare.substring(2))
          || w.startsWith("ال") && trial.contains(w.substring(2))) {
        return false;
      }
    }
    return true;
  }
}
