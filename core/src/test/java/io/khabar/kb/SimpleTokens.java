package io.khabar.kb;

import io.khabar.text.ArabicNormalizer;
import io.khabar.text.Span;
import io.khabar.text.TokenSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only {@link TokenSequence}: tokens are runs of letters, digits and marks (harakat,
 * tatweel, zero-width chars stay inside the word); every other non-space char is a token.
 */
final class SimpleTokens implements TokenSequence {

  private final String text;
  private final List<Span> spans = new ArrayList<>();
  private final List<String> forms = new ArrayList<>();

  SimpleTokens(String text) {
    this.text = text;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      if (isWordChar(c)) {
        while (j < n && isWordChar(text.charAt(j))) {
          j++;
        }
      }
      spans.add(new Span(i, j));
      forms.add(ArabicNormalizer.get().matchingForm(text.substring(i, j)));
      i = j;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || ArabicNormalizer.isIgnorable(c)
        || Character.getType(c) == Character.NON_SPACING_MARK || Character.isSurrogate(c);
  }

  @Override
  public int size() {
    return spans.size();
  }

  @Override
  public CharSequence matchingForm(int i) {
    return forms.get(i);
  }

  Span span(int i) {
    return spans.get(i);
  }

  /** Original text of tokens [start, end). */
  String text(int start, int end) {
    return text.substring(spans.get(start).start(), spans.get(end - 1).end());
  }

  /** Original text of a match without its stripped proclitics. */
  String text(PhraseMatch<?> m) {
    String first = text.substring(spans.get(m.start()).start(), spans.get(m.start()).end());
    int skip = 0;
    int seen = 0;
    while (seen < m.strippedChars() && skip < first.length()) {
      if (ArabicNormalizer.fold(first.charAt(skip)) >= 0) {
        seen++;
      }
      skip++;
    }
    return text.substring(spans.get(m.start()).start() + skip, spans.get(m.end() - 1).end());
  }
}
