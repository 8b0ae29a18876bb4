package io.khabar.ner;

import io.khabar.text.ArabicNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's name starts at the given names written just before it: when the model tags only the
 * family name (أبو السعود in حسن أبو السعود، كي مون in بان كي مون), an untagged given name of
 * the lexicon ({@link CueWords.Cue#GIVEN_NAME}) directly before the span joins it, and so does a
 * second one before that (محمد علي). A span that starts with a conjoined given name (محمد وحسن
 * الخطيب) names a second person, and is left alone. Stateless and thread-safe.
 */
final class GivenNameExtension {

  /** Given names a span may gain on its left. */
  private static final int MAX_GIVEN = 2;

  private GivenNameExtension() {}

  /** The spans of one sentence, persons extended leftwards over untagged given names. */
  static List<NameSpan> apply(String[] tokens, List<NameSpan> spans) {
    List<NameSpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      NameSpan s = spans.get(k);
      if (!s.type().equals("PERS") || startsWithConjoinedGivenName(tokens[s.start()])) {
        continue;
      }
      int previousEnd = k == 0 ? 0 : spans.get(k - 1).end();
      int start = s.start();
      while (start > previousEnd && s.start() - start < MAX_GIVEN
          && isGivenName(tokens[start - 1])) {
        start--;
      }
      if (start != s.start()) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new NameSpan(start, s.end(), s.type(), s.probability()));
      }
    }
    return out == null ? spans : List.copyOf(out);
  }

  /** وحسن: a person joined to the one before by و, which the words before do not belong to. */
  private static boolean startsWithConjoinedGivenName(String token) {
    if (token == null) {
      return false;
    }
    String f = ArabicNormalizer.get().matchingForm(token);
    String rest = ProcliticStripper.withoutConjunction(f, 1);
    return CueWords.of(f) != CueWords.Cue.GIVEN_NAME && rest.length() < f.length()
        && CueWords.of(rest) == CueWords.Cue.GIVEN_NAME;
  }

  private static boolean isGivenName(String token) {
    return token != null
        && CueWords.of(ArabicNormalizer.get().matchingForm(token)) == CueWords.Cue.GIVEN_NAME;
  }
}
