package io.khabar.event;

import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * هاتف is both the verb "phoned" and the noun "telephone" (رقم هاتف، هاتفها الجديد، يستخدم هاتفه،
 * طرح هاتف آيفون). The verb opens its clause: it carries و or ف (وهاتف الرئيس نظيره), or stands
 * first in its sentence, after a comma, a particle (قد، لقد، كان) or a complementizer (أن، الذي),
 * or right after a person named as its subject (ترامب هاتف ماكرون). Anywhere else (after a noun
 * it is in construct with, a verb whose object it is, a preposition) a form the noun shares is the
 * telephone, no call. Forms only the verb has (يهاتف، هاتفت، هاتفوا) and the nouns of calling
 * (اتصال هاتفي) are not concerned.
 */
final class Handsets {

  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.get();
  /** The forms of هاتف the noun shares with the perfect verb, in matching form. */
  private static final Set<String> SHARED = NORMALIZER.matchingForms("هاتف", "هاتفه", "هاتفها",
      "هاتفهم", "هاتفهما", "هاتفا", "هاتفنا");
  /** The conjunctions a verb opening its clause may carry. */
  private static final String CONJUNCTIONS = "وف";

  private final Set<String> particles;
  private final Set<String> complementizers;

  Handsets(Cues cues) {
    this.particles = cues.particles;
    this.complementizers = cues.complementizers;
  }

  /** Whether the trigger at {@code f} is the noun "telephone", not the verb "phoned". */
  boolean device(AnalyzedText text, io.khabar.ner.EntityLayer layer, Found f) {
    if (f.trigger().type() != EventType.PHONE_CALL
        || !SHARED.contains(NORMALIZER.matchingForm(f.trigger().form()))) {
      return false;
    }
    String token = text.form(f.start());
    if (f.stripped() > 0 && CONJUNCTIONS.indexOf(token.charAt(0)) >= 0) {
      return false; // وهاتف الرئيس نظيره: a verb opening a coordinated clause
    }
    if (f.stripped() > 0) {
      return true; // بهاتفه، لهاتف: a preposition governs the noun
    }
    int sentenceStart = text.sentenceStart(text.sentenceOf(f.start()));
    if (f.start() == sentenceStart) {
      return false;
    }
    int prev = f.start() - 1;
    String w = text.form(prev);
    if (Tokens.isComma(w) || !text.isWord(prev) || particles.contains(w)
        || complementizers.contains(w) || w.equals(NORMALIZER.matchingForm("و"))) {
      return false;
    }
    int e = layer.entityAt(prev);
    return e < 0 || !EntityKinds.isPerson(layer, e); // ترامب هاتف ماكرون: its subject before it
  }
}
