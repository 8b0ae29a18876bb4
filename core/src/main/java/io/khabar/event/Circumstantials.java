package io.khabar.event;

import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * A participle trigger of the circumstantial (ḥāl: مستقبلا الرئيس، ملتقيا نظيره، مجتمعة بالوفد)
 * is an indefinite accusative that tells how the subject acted, and it takes its object or
 * complement at once. The same letters are also a noun: governed by a preposition (في مستقبله
 * "in his future", بمستقبل، من مستقبل) it is the noun, and standing at the end of its clause
 * (سنعمل على ذلك مستقبلاً) it is the adverb "in future". Neither tells an event. The participle of
 * gathering (مجتمعة، مجتمعين) is intransitive: it meets only with its مع or بـ complement at once
 * (مجتمعا مع الوفد، مجتمعة بالسفراء); otherwise it is "combined, together" (تشكل مجتمعة أصول الصندوق،
 * الإجراءات مجتمعة كان لها وقع). The written prepositions are the CUE_PREPOSITION role of
 * {@code argument-cues.tsv} and the participles of gathering its GATHERING_PARTICIPLE role; بـ، لـ
 * and كـ are read as the trigger's proclitics. Statements' participles (قائلا، مضيفا) are read by
 * their own rules.
 */
final class Circumstantials {

  /** Proclitic prepositions (matching form): بمستقبل، لمستقبل، كمستقبل. */
  private static final String PREPOSITION_CLITICS = "بلك";

  private final Set<String> prepositions;
  private final Set<String> gathering;

  Circumstantials(TriggerLexicon lexicon) {
    this.prepositions = lexicon.cues("CUE_PREPOSITION");
    this.gathering = lexicon.cues("GATHERING_PARTICIPLE");
  }

  /** False when a participle trigger is the noun after a preposition or the clause-final adverb. */
  boolean holds(AnalyzedText text, Found f) {
    if (f.trigger().pos() != TriggerLexicon.Pos.PARTICIPLE
        || f.trigger().type() == EventType.STATEMENT) {
      return true;
    }
    String clitics = Tokens.proclitics(text, f);
    for (char c : PREPOSITION_CLITICS.toCharArray()) {
      if (clitics.indexOf(c) >= 0) {
        return false;
      }
    }
    int sentence = text.sentenceOf(f.start());
    if (f.start() > text.sentenceStart(sentence)
        && prepositions.contains(text.form(f.start() - 1))) {
      return false; // في مستقبله: the noun "future"
    }
    if (f.reach() >= text.sentenceEnd(sentence) || !text.isWord(f.reach())) {
      return false;
    }
    String next = text.form(f.reach());
    return !gathering.contains(Tokens.stem(text, f))
        || next.equals("مع") || next.length() > 2 && next.charAt(0) == 'ب';
  }
}
