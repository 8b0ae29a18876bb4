package io.khabar.event;

import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Set;

/**
 * هاجم is also "attacked in words": a finite verb of attacking followed in its sentence by a
 * speech act of the same subject (هاجم البرلماني الرئيس السابق، قائلا إنه …؛ هاجم نافالني موقع
 * انستغرام، وقال في تغريدة …) is criticism, told by the statement that follows, not an attack. The
 * speech act is the attacker's when it is a participle of speech (قائلا، واصفا) or a verb with no
 * subject of its own: إن، أن، a colon, a quotation or a preposition follows it (وقال في تغريدة); a
 * verb with its own subject (وقال المرصد إن عشرة مدنيين قتلوا) tells someone else's report of a
 * real attack. When a speech verb
 * comes before it (قال ماكرون إن فرنسا هاجمت مواقع النظام، مشددا على …) the attack is what was said
 * and stays. An attack noun qualified by a word of speech or the media (هجوما لاذعا، هجوم
 * كلامي، هجمات إعلامية) is criticism too, whatever follows. The verbs are the ASSAILING role of
 * {@code argument-cues.tsv}, the qualifiers its WORDS_QUALIFIER role. Stateless.
 */
final class VerbalAttacks {

  /** Tokens between the verb and the speech act that tells the criticism. */
  private static final int SPEECH_REACH = 30;

  /** Adjectives between an attack noun and the qualifier of words: هجوما حادا ولاذعا. */
  private static final int QUALIFIER_REACH = 3;

  private final Set<String> assailing;
  private final Set<String> wordsQualifiers;

  VerbalAttacks(TriggerLexicon lexicon) {
    this.assailing = lexicon.cues("ASSAILING");
    this.wordsQualifiers = lexicon.cues("WORDS_QUALIFIER");
  }

  /**
   * Whether an attack trigger is qualified, right after it or after other adjectives, by a word of
   * speech or the media: شن هجوما لاذعا على الصحافة، هجوم إعلامي.
   */
  boolean qualifiedAsWords(AnalyzedText text, Found f) {
    if (f.trigger().type() != EventType.ATTACK) {
      return false;
    }
    int sentenceEnd = text.sentenceEnd(text.sentenceOf(f.start()));
    for (int i = f.reach(); i < Math.min(sentenceEnd, f.reach() + QUALIFIER_REACH); i++) {
      String w = text.form(i);
      if (!text.isWord(i)) {
        return false;
      }
      if (wordsQualifiers.contains(w) || w.startsWith("ال") && wordsQualifiers.contains(w.substring(2))
          || w.startsWith("و") && wordsQualifiers.contains(w.substring(1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code found.get(k)} is a verb of attacking in words. */
  boolean inWords(AnalyzedText text, List<Found> found, int k) {
    Found f = found.get(k);
    if (f.trigger().type() != EventType.ATTACK || !assailing.contains(Tokens.stem(text, f))) {
      return false;
    }
    int sentence = text.sentenceOf(f.start());
    for (int j = k - 1; j >= 0 && text.sentenceOf(found.get(j).start()) == sentence; j--) {
      if (found.get(j).trigger().type() == EventType.STATEMENT) {
        return false; // قال ماكرون إن فرنسا هاجمت: the attack is what was said
      }
    }
    for (int j = k + 1; j < found.size(); j++) {
      Found g = found.get(j);
      if (text.sentenceOf(g.start()) != sentence || g.start() - f.reach() > SPEECH_REACH) {
        return false;
      }
      if (g.trigger().type() == EventType.STATEMENT) {
        return g.trigger().pos() == TriggerLexicon.Pos.PARTICIPLE || noSubjectAfter(text, g);
      }
    }
    return false;
  }

  /** Words right after a speech verb that has no subject of its own (matching forms). */
  private static final Set<String> SUBJECTLESS = Set.of("ان", "انه", "انها", "انهم", ":", "«",
      "\"", "في", "عبر", "خلال", "علي", "ل");

  private static boolean noSubjectAfter(AnalyzedText text, Found g) {
    return g.reach() < text.size() && SUBJECTLESS.contains(text.form(g.reach()));
  }
}
