package io.khabar.ner;

import io.khabar.token.AnalyzedText;
import io.khabar.token.TokenType;
import java.util.Objects;

/**
 * A body's name may end in its field, ل and a noun after the name (الهيئة العامة للرياضة،
 * الاتحاد الأوروبي لكرة القدم); the rule on {@link #end} tells such a complement from a verb's
 * indirect object or a purpose infinitive. Immutable and thread-safe.
 */
final class FieldComplements {

  private final BodyPhraseWords w;

  FieldComplements(BodyPhraseWords w) {
    this.w = Objects.requireNonNull(w, "w");
  }

  /**
   * The end of a field complement after a body's name ending at {@code end}, or {@code end}: ل
   * with a definite noun (الهيئة العامة للرياضة، المجلس الأعلى للقضاء) or with an indefinite
   * noun and its definite genitive (الاتحاد الأوروبي لكرة القدم، المرصد السوري لحقوق
   * الإنسان), then up to {@value BodyPhraseWords#MAX_ADJECTIVES} adjectives or coordinated
   * definite nouns (للأمن السيبراني والبرمجة). The ل of a verb's indirect object is not a field:
   * people are spoken to (قال الاتحاد للصحفيين), bodies and outlets too (لوكالة الأنباء، لشبكة
   * سي إن إن: no definite genitive), and a purpose infinitive governs من (يسعى الاتحاد للحد
   * من، للتأكد من، للاستفادة من): nor is a complement that من follows. Other prepositions are
   * as often the main verb's (أعلنت الهيئة العامة للرياضة عن، أعرب المجلس الأعلى للقضاء عن).
   */
  int end(AnalyzedText text, int head, int end, boolean[] covered) {
    NameWords words = w.words();
    if (!BodyPhraseWords.inPhrase(text, head, end) || covered[end]
        || text.type(end) != TokenType.ARABIC) {
      return end;
    }
    String f = text.form(end);
    int next;
    String noun;
    if (f.startsWith("لل") && f.length() > 4) {
      noun = f.substring(2); // للرياضة: ل and the article, its alif elided
      if (noun.endsWith("ين") || noun.endsWith("ون")) {
        return end; // للصحفيين، للمواطنين: the people spoken to
      }
      next = end + 1;
    } else if (f.startsWith("ل") && f.length() > 3 && !f.startsWith("لا")
        && words.procliticChars(text, end) == 1 && BodyPhraseWords.inPhrase(text, head, end + 1)
        && !covered[end + 1] && text.form(end + 1).startsWith("ال")
        && text.form(end + 1).length() > 3) {
      noun = f.substring(1);
      if (verbalNounWithObject(noun)) {
        return end; // يسعى البنك لتحقيق النجاح: a purpose infinitive and its object
      }
      next = end + 2; // لكرة القدم، لحقوق الإنسان
    } else {
      return end;
    }
    if (BodyHeads.isBodyOrQuoted(noun) || CueWords.of(noun) == CueWords.Cue.TITLE
        || CueWords.of("ال" + noun) == CueWords.Cue.TITLE || noun.equals("مره")) {
      return end; // لوكالة …، للرئيس: an outlet or a person spoken to; للمرة: an adverb
    }
    int last = next;
    while (last < next + BodyPhraseWords.MAX_ADJECTIVES
        && BodyPhraseWords.inPhrase(text, head, last) && !covered[last]) {
      String word = text.form(last);
      boolean adjective = words.procliticChars(text, last) == 0 && w.isAdjective(word);
      boolean conjunct = word.startsWith("وال") && word.length() > 5
          && !BodyHeads.isBodyOrQuoted(word.substring(3))
          && words.procliticChars(text, last) == 1;
      if (!adjective && !conjunct) {
        break;
      }
      last++;
    }
    if (last < text.size() && text.isWord(last) && text.form(last).equals("من")) {
      return end;
    }
    return last;
  }

  /**
   * Whether an indefinite noun has the shape of the verbal noun of a derived verb, تفعيل
   * (تحقيق، تعزيز، تطوير) or استفعال (استعادة، استكمال): with a definite noun after it, it is a
   * purpose infinitive and its object (لتحقيق النجاح), not the field of a body.
   */
  private static boolean verbalNounWithObject(String noun) {
    return noun.length() == 5 && noun.charAt(0) == 'ت' && noun.charAt(3) == 'ي'
        || noun.startsWith("است") && noun.length() >= 6;
  }
}
