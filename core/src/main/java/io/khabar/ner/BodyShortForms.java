package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A body named after a place, once named in full, is named again by the leading words of its
 * name down to the place: after «شركة موانئ دبي العالمية», «وقالت موانئ دبي» is the company,
 * not the city. A place mention whose words, with the untagged words before it, repeat the
 * start of an organisation's name of three words or more found in the same document (the place
 * not its first word, the name not repeated whole) becomes a mention of that organisation over
 * those words, and over the words after it that go on with the name (the name in full, which
 * the phrase reader missed there, a long vowel more or less); a short form followed by a definite
 * word where the full name has one of its own is left alone (the name goes on, spelt otherwise,
 * or is another body's); a proclitic on the first word stays outside (ولموانئ دبي). The head alone with a
 * place (موانئ دبي) is otherwise the city's genitive, and nothing in the phrase tells the company:
 * only the document does. Stateless and thread-safe.
 */
final class BodyShortForms {

  private static final int MIN_FULL_WORDS = 3;

  private BodyShortForms() {}

  /**
   * Replaces in {@code accepted} (text order, no overlaps) the place mentions that end a short
   * form of a body found in full; {@code proclitics} gives a token's proclitic chars.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, IntUnaryOperator proclitics) {
    List<Candidate> bodies = new ArrayList<>();
    for (Candidate c : accepted) {
      if (c.type() == EntityType.ORGANIZATION && !c.isTitle() && c.length() >= MIN_FULL_WORDS) {
        bodies.add(c);
      }
    }
    if (bodies.isEmpty()) {
      return;
    }
    boolean[] taken = Candidate.covering(text.size(), accepted);
    for (int k = 0; k < accepted.size(); k++) {
      Candidate place = accepted.get(k);
      if (place.type() != EntityType.LOCATION || place.isTitle() || place.stripped() != 0) {
        continue;
      }
      for (Candidate body : bodies) {
        int lead = leadingWords(text, body, place, taken, proclitics);
        if (lead > 0) {
          int start = place.start() - lead;
          int end = place.end();
          int w = lead + place.length();
          while (end < text.size() && w < body.length() && (k + 1 >= accepted.size()
              || end < accepted.get(k + 1).start()) && text.isWord(end)
              && sameWord(text.form(end), text.form(body.start() + w))) {
            end++; // the name in full, which no phrase reading proposed here
            w++;
          }
          if (end < text.size() && w < body.length() && text.surface(end).startsWith("ال")
              && !DocumentConsistency.isFunctionWord(text.form(end))
              && text.form(body.start() + w).startsWith("ال")) {
            break; // the name goes on in words of its own: another body or a longer name
          }
          accepted.set(k, new Candidate(start, end, proclitics.applyAsInt(start),
              Candidate.Source.PHRASE, body.entities(), EntityType.ORGANIZATION, body.score()));
          Arrays.fill(taken, start, end, true);
          break;
        }
      }
    }
  }

  /**
   * How many untagged words before {@code place} start the name of {@code body} whose next
   * words are the place's, the name going on after them; 0 if none.
   */
  private static int leadingWords(AnalyzedText text, Candidate body, Candidate place,
      boolean[] taken, IntUnaryOperator proclitics) {
    for (int j = 1; j + place.length() < body.length(); j++) {
      int start = place.start() - j;
      if (start < 0) {
        return 0;
      }
      boolean same = true;
      for (int t = 0; t < place.length() && same; t++) {
        same = text.form(place.start() + t).equals(text.form(body.start() + j + t));
      }
      for (int t = 0; t < j && same; t++) {
        int tok = start + t;
        same = text.isWord(tok) && !taken[tok] && text.sentenceOf(tok) == text.sentenceOf(
            place.start()) && bare(text, tok, t == 0 ? proclitics.applyAsInt(tok) : 0)
            .equals(bare(text, body.start() + t, t == 0 ? body.stripped() : 0));
      }
      if (same) {
        return j;
      }
    }
    return 0;
  }

  /**
   * Whether two words (matching forms) are one, a long vowel more or less (الديمقراطية،
   * الديموقراطية): news spells a foreign word's vowels either way.
   */
  private static boolean sameWord(String a, String b) {
    return a.equals(b) || a.length() > 4 && withoutLongVowels(a).equals(withoutLongVowels(b));
  }

  private static String withoutLongVowels(String w) {
    return w.charAt(0) + w.substring(1).replaceAll("[اوي]", "");
  }

  private static String bare(AnalyzedText text, int t, int stripped) {
    String f = text.form(t);
    return f.substring(Math.min(stripped, f.length()));
  }
}
