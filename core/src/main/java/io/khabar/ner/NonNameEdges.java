package io.khabar.ner;

import io.khabar.kb.LatinLetterNames;
import io.khabar.text.VerbParticles;
import io.khabar.token.AnalyzedText;
import java.util.Set;

/**
 * Words that Arabic grammar marks as no part of a name, at the edges of a name finder's span:
 * <ul>
 *   <li>a word written with the indefinite accusative, tanwin al-fath (هاتفياً، دبلوماسياً،
 *       رسمياً): the ending of adverbs and circumstantial accusatives. A name in news is definite
 *       or a diptote and is not written with it, so «اتصل هاتفياً بمرسي» holds the name مرسي, not
 *       «هاتفياً بمرسي», and «دبلوماسياً» alone is no name;
 *   <li>the particle إنّ or أنّ (with و، ف، ل، ب or ك before it: فإن، لأن، بأن، كأن) and لكنّ:
 *       they govern the noun after them, which may be a name, but are never its first word, so
 *       «فإن ميليشيات الحوثي» begins after فإن. Matched as written with its hamza: a bare «فان»
 *       may be the Dutch van of a name (فان دايك), and إن before a Latin letter's name is the
 *       letter N of an acronym (إن تي في);
 *   <li>the word right after the verbal negation particles لم and لن (with و or ف before them):
 *       they govern an imperfect verb (jussive or subjunctive), so in «ولم ترد السلطات» ترد is a
 *       verb, whatever a model trained partly on encyclopaedia text makes of it.
 * </ul>
 * Texts that omit the tanwin mark (رسميا) are not helped; nothing is lost on them either.
 */
final class NonNameEdges {

  private static final char FATHATAN = '\u064B';
  private static final char SHADDA = '\u0651';

  /** إنّ and its sisters as written, shadda dropped, alone or after one or two proclitics. */
  private static final Set<String> NOUN_PARTICLES = Set.of(
      "إن", "أن", "وإن", "فإن", "وأن", "فأن", "لأن", "بأن", "كأن", "ولأن", "وبأن", "وكأن",
      "لكن", "ولكن");

  private NonNameEdges() {}

  /** The first token of {@code [start, end)} that may begin a name; {@code end} if none. */
  static int trimStart(AnalyzedText text, int start, int end) {
    int s = start;
    if (s < end && s > 0 && text.isWord(s - 1) && VerbParticles.precedesVerb(text.surface(s - 1))) {
      s++;
    }
    while (s < end && (isIndefiniteAccusative(text.surface(s))
        || isNounParticle(text.surface(s)) && !spelledAcronym(text, s, end))) {
      s++;
    }
    return s;
  }

  /** One past the last token of {@code [start, end)} that may end a name; {@code start} if none. */
  static int trimEnd(AnalyzedText text, int start, int end) {
    int e = end;
    while (e > start && isIndefiniteAccusative(text.surface(e - 1))) {
      e--;
    }
    return e;
  }

  /** إن before a Latin letter's name is the letter N of an acronym (إن تي في، إن بي سي). */
  private static boolean spelledAcronym(AnalyzedText text, int i, int end) {
    return i + 1 < end && LatinLetterNames.isLetterName(text.form(i + 1));
  }

  /** إنّ, أنّ or لكنّ, with their proclitics, as written (a shadda allowed). */
  static boolean isNounParticle(String word) {
    return word.length() <= 5 && NOUN_PARTICLES.contains(
        word.indexOf(SHADDA) < 0 ? word : word.replace(String.valueOf(SHADDA), ""));
  }

  /** Ends with fathatan, on the last letter or on the alif before it (ياً or يًا). */
  static boolean isIndefiniteAccusative(CharSequence word) {
    int n = word.length();
    return n >= 2 && (word.charAt(n - 1) == FATHATAN
        || word.charAt(n - 1) == 'ا' && word.charAt(n - 2) == FATHATAN);
  }
}
