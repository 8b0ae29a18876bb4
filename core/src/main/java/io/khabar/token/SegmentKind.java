package io.khabar.token;

/** The role of one piece of a clitic-segmented Arabic word, in written order. */
public enum SegmentKind {
  /** Conjunction proclitic و or ف. */
  CONJUNCTION,
  /** Preposition proclitic ب, ل or ك. */
  PREPOSITION,
  /** Future particle س before an imperfect verb. */
  FUTURE,
  /** Definite article ال; in ل + ال ("للرئيس") it is the one ل left after the alef's elision. */
  ARTICLE,
  /** The lexical word the clitics attach to; exactly one per segmented word. */
  STEM,
  /** Enclitic (object or possessive) pronoun: ه ها هم هما هن كم كما نا ي ك ني. */
  PRONOUN
}
