package io.khabar.event;

import io.khabar.ner.ProcliticStripper;
import io.khabar.token.AnalyzedText;
import java.util.Optional;
import java.util.Set;

/**
 * خطاب is a letter or a speech (في خطاب بثه التلفزيون), and also "discourse" (خطاب معاد
 * للمهاجرين). It is a letter, a MESSAGE, only when the text sends it: a verb or verbal noun of
 * sending, addressing, handing over, signing or writing before it in its clause (أرسلت الحملة
 * خطابا، وقع 50 أكاديميا خطابا، كتب السفير في خطاب), or an addressee right after it (خطابا إلى
 * مجلس الجامعة، خطاب لاتحاد الكرة; لـ only at once: خطاب معاد للمهاجرين is hostile to them). The
 * verbs are the SENDING role of {@code argument-cues.tsv}, the addressee prepositions its
 * ADDRESSEE_PREPOSITION role.
 *
 * <p>Any letter noun after في or عبر that a speech verb before it governs, with no addressee
 * after it, is the medium of that statement, not a message of its own: وأضاف ثورن في رسالة
 * بالبريد الإلكتروني، وقال المتحدث في رسالة عبر البريد (but وقالت هايلي في رسالة وجهتها إلى
 * السفراء sends one to them).
 */
final class Letters {

  /** The stem all forms of the noun start with (matching form). */
  private static final String LETTER = "خطاب";
  /** Tokens before the noun a verb of sending may stand: وقع نحو 50 أكاديميا من 30 دولة خطابا. */
  private static final int SENDER_REACH = 14;
  /** Tokens after the noun its addressee preposition may stand: خطابا مفتوحا إلى. */
  private static final int ADDRESSEE_REACH = 3;

  private final Set<String> sending;
  private final Set<String> addressee;

  Letters(TriggerLexicon lexicon) {
    this.sending = lexicon.cues("SENDING");
    this.addressee = lexicon.cues("ADDRESSEE_PREPOSITION");
  }

  /** Prepositions a medium of speech follows: قال في رسالة، أكد عبر رسالة. */
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("في", "عبر");

  /**
   * True when MESSAGE noun {@code f} is the medium of the statement {@code governor} reads in its
   * sentence before it (قال في رسالة بالبريد الإلكتروني): no addressee follows it.
   */
  boolean mediumOfSpeech(AnalyzedText text, Found f, Clause c, Optional<Governor> governor) {
    if (f.trigger().type() != EventType.MESSAGE || f.trigger().isVerb()
        || f.start() <= c.sentenceStart() || !Tokens.proclitics(text, f).isEmpty()
        || !MEDIUM_PREPOSITIONS.contains(
            ProcliticStripper.withoutConjunction(text.form(f.start() - 1), 2))
        || governor.isEmpty() || governor.get().sentence() != c.sentence()
        || governor.get().event().type() != EventType.STATEMENT
        || governor.get().triggerEnd() > f.start()) {
      return false;
    }
    return !addressed(text, f, c);
  }

  /**
   * An addressee follows the noun, within the trigger's words or after them: إلى X، لـX at
   * once, or after a verb of sending (وجهتها إلى).
   */
  private boolean addressed(AnalyzedText text, Found f, Clause c) {
    int next = f.start() + 1;
    for (int i = next; i < Math.min(c.sentenceEnd(), f.reach() + ADDRESSEE_REACH); i++) {
      String w = text.form(i);
      if (Tokens.isBreak(text, i)) {
        break;
      }
      if (addressee.contains(w) || i == next && text.isWord(i) && w.length() > 2
          && w.charAt(0) == 'ل' && !w.startsWith("ال")) {
        return true;
      }
    }
    return false;
  }

  /** False when a MESSAGE trigger خطاب is not sent: a speech or a discourse. */
  boolean holds(AnalyzedText text, Found f, Clause c) {
    if (f.trigger().type() != EventType.MESSAGE || !f.trigger().form().startsWith(LETTER)) {
      return true;
    }
    if (addressed(text, f, c)) {
      return true; // خطابا إلى مجلس الجامعة، خطابا لاتحاد الكرة
    }
    for (int i = f.start() - 1; i >= Math.max(c.sentenceStart(), f.start() - SENDER_REACH); i--) {
      if (Tokens.isBreak(text, i)) {
        break;
      }
      String w = text.form(i);
      if (sending.contains(w) || sending.contains(ProcliticStripper.withoutOneProclitic(w, 3))) {
        return true;
      }
    }
    return false;
  }
}
