package io.khabar.ner;

import java.util.function.Predicate;

/**
 * Where a name the knowledge base does not know starts inside its first token. The clitic
 * segmenter decides from word statistics, which know few foreign names: it cuts ليهي (Leahy) to
 * يهي and بريت (Brett) to ريت, and leaves لهوكينغ (for Hawking) whole. For a name's first token
 * the decision follows the name lexicons ({@code known}: given names, person-name tokens, the
 * knowledge base's one-word names) when they tell the readings apart:
 *
 * <ul>
 *   <li>the whole token is a known name: nothing is stripped (ليهي، بريت), even when what the
 *       segmenter leaves is a name as well (ريت): a name more often starts with these letters
 *       than follows a proclitic at the start of a name;
 *   <li>the segmenter strips nothing, the token is neither a known name nor a word of the
 *       segmenter's lexicon (وكيل is one), and after one or two proclitic letters (و ف, then
 *       ب ل ك) a known name of three letters or more remains: those letters are stripped
 *       (لهوكينغ → هوكينغ);
 *   <li>the segmenter strips the preposition ك "like" and what remains is no known name, no
 *       word of the segmenter's lexicon and starts with no alif: the ك is the name's first
 *       letter (مستشفى كلينيك). As "like", ك comes before the article, a word or a name the
 *       lexicons know (كالولايات المتحدة، كإيران، كمدرب، كترامب); foreign names start with K far
 *       more often;
 *   <li>the segmenter strips the preposition ب alone and what remains is و and a known name
 *       but no known name itself (بوعنان: ب + و + عنان): the conjunction never follows a
 *       preposition, so the word is a name of its own that starts with بو, as Maghrebi family
 *       names do; بوليد (ب + وليد) keeps its preposition;
 *   <li>in a coordination ({@code coordinated}: after a comma or a person's name) a token that
 *       is و + a known name, and no known name whole, is the conjunction and that name, even
 *       when the segmenter's lexicon has seen the whole token (ومارسيلو، وباتريك: «داني
 *       ألفيس ومارسيلو»): the lexicon's news text holds such conjuncts. وليام and وهاج are
 *       known names whole and keep their و;
 *   <li>otherwise the segmenter's decision stands.
 * </ul>
 * Stateless and thread-safe.
 */
final class UnknownNameClitics {

  private static final int MIN_REST = 3;

  private UnknownNameClitics() {}

  /**
   * The proclitic chars of {@code form} (matching form) given the segmenter's reading; {@code
   * known} tells names, {@code word} the words of the segmenter's lexicon.
   */
  static int procliticChars(String form, int segmented, Predicate<String> known,
      Predicate<String> word) {
    return procliticChars(form, segmented, known, word, false);
  }

  /**
   * As {@link #procliticChars(String, int, Predicate, Predicate)}, the token standing where a
   * coordinated name may start when {@code coordinated}.
   */
  static int procliticChars(String form, int segmented, Predicate<String> known,
      Predicate<String> word, boolean coordinated) {
    if (segmented > 0) {
      if (known.test(form)) {
        return 0;
      }
      if (segmented == 1 && form.charAt(0) == 'ب' && form.length() > MIN_REST + 2
          && form.charAt(1) == 'و' && !known.test(form.substring(1))
          && known.test(form.substring(2))) {
        return 0; // بوعنان: no conjunction after a preposition
      }
      if (form.charAt(segmented - 1) == 'ك' && segmented < form.length()
          && form.charAt(segmented) != 'ا' && !known.test(form.substring(segmented))
          && !word.test(form.substring(segmented))) {
        return segmented - 1; // كليان مبابي، مستشفى كلينيك: the ك is the name's
      }
      return segmented;
    }
    if (known.test(form)) {
      return 0;
    }
    if (coordinated && form.length() > MIN_REST && form.charAt(0) == 'و'
        && known.test(form.substring(1))) {
      return 1; // داني ألفيس ومارسيلو: the conjunction before a second name
    }
    if (word.test(form)) {
      return 0;
    }
    int chars = 0;
    if (form.length() > MIN_REST && (form.charAt(0) == 'و' || form.charAt(0) == 'ف')) {
      chars = 1;
      if (known.test(form.substring(1))) {
        return 1;
      }
    }
    if (form.length() - chars > MIN_REST && isPreposition(form.charAt(chars))
        && known.test(form.substring(chars + 1))) {
      return chars + 1;
    }
    return 0;
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
