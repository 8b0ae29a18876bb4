package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;

/**
 * A definite head noun of a body takes no genitive: with only countries' adjectives after it
 * (الشرطة البريطانية، الحكومة المغربية، الجيش المصري) it describes a body rather than names it,
 * and its mentions are of kind {@link MentionKind#TITLE}, whoever proposed them.
 */
final class BodyDescriptions {

  private BodyDescriptions() {}

  /**
   * Whether an organisation's mention only describes its body: a definite head noun of a body
   * followed by nothing but countries' adjectives (الحكومة المغربية، الجيش المصري).
   */
  static boolean describes(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    if (c.type() != EntityType.ORGANIZATION || c.length() < 2) {
      return false;
    }
    String first = text.form(c.start());
    String head = c.firstWord(text);
    if (first.startsWith("لل") && c.stripped() == 1) {
      head = "ال" + first.substring(2); // للجيش اللبناني: ل before the article drops its ا
    }
    if (!head.startsWith("ال") || BodyHeads.kind(head.substring(2)).isEmpty()) {
      return false;
    }
    for (int t = c.start() + 1; t < c.end(); t++) {
      if (!BodyPhraseWords.isDemonym(text.form(t), kb)) {
        return false;
      }
    }
    return true;
  }
}
