package io.khabar.ner;

import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * A hashtag is one unit of text: its words, joined by underscores with no space (#سعاد_عبدالله),
 * are written as one, so a name inside it ends where the hashtag ends. The tokenizer splits at the
 * underscore, and a name finder reading the split words may run past it into the sentence
 * («#سعاد_عبدالله أبدعت في الدور» holds the name سعاد_عبدالله, not «سعاد_عبدالله أبدعت»); a
 * mention that begins inside a hashtag of two words or more is cut at its end, unless a definite
 * word follows (#دار_الأوبرا المصرية: the adjective agrees with the name and may be its own). A one-word hashtag
 * says nothing of where a name ends: writers also put # before a name written with spaces
 * (#ليوناردو دافنشي). The {@code #} stays outside. Stateless.
 */
final class HashtagNames {

  private HashtagNames() {}

  /** Cuts the mentions of {@code accepted} that begin inside a hashtag at its end, in place. */
  static void apply(AnalyzedText text, List<Candidate> accepted) {
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      int first = hashtagStart(text, c.start());
      if (first < 0) {
        continue;
      }
      int end = hashtagEnd(text, first);
      if (end - first >= 2 && end < c.end() && end > c.start() && !continuesName(text, end)) {
        accepted.set(k, c.withSpan(c.start(), end, c.stripped()));
      }
    }
  }

  /** The first word of the hashtag holding token {@code i}; −1 when {@code i} is in none. */
  static int hashtagStart(AnalyzedText text, int i) {
    int k = i;
    while (k > 0 && joined(text, k - 1)) {
      k--;
    }
    return k > 0 && text.surface(k - 1).equals("#") && text.end(k - 1) == text.start(k)
        && text.isWord(k) ? k : -1;
  }

  /** One past the last word of the hashtag whose first word is {@code first}. */
  static int hashtagEnd(AnalyzedText text, int first) {
    int k = first;
    while (k + 1 < text.size() && joined(text, k)) {
      k++;
    }
    return k + 1;
  }

  /**
   * Whether the word after a hashtag may still be its name's: a definite word (or و and one)
   * agrees with the name as its adjective or conjunct (#دار_الأوبرا المصرية، #مجلس_الأمن الدولي,
   * the hashtag a shorter form of the name), where an indefinite word or a verb begins the
   * sentence's own words.
   */
  private static boolean continuesName(AnalyzedText text, int after) {
    String f = text.form(after);
    return f.startsWith("ال") || f.startsWith("وال");
  }

  /** Whether word {@code i} and word {@code i + 1} are joined by one underscore. */
  private static boolean joined(AnalyzedText text, int i) {
    return i + 1 < text.size() && text.isWord(i) && text.isWord(i + 1)
        && text.start(i + 1) == text.end(i) + 1 && text.text().charAt(text.end(i)) == '_';
  }
}
