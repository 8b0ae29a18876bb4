package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A proclitic glued to a name the lexicons do not know is read off the name by the document
 * itself: when the word without its first one or two letters (و ف, then ب ل ك) is the first word
 * of a name found elsewhere in the document, those letters are a conjunction or preposition
 * (الزواج الثاني لغوينث after غوينث بالترو; لمي سكاف after مي سكاف). The segmenter and {@link
 * UnknownNameClitics} decide from word statistics and name lists, which know few foreign names;
 * the other mentions of the same name are better evidence, unless the whole word is itself the
 * first word of another name (برونو twice: the letter is the name's). Runs on the accepted
 * candidates.
 * Stateless and thread-safe.
 */
final class DocumentClitics {

  private static final int MIN_REST = 2;

  private DocumentClitics() {}

  /** Strips the proclitics of the accepted unknown names in place. */
  static void apply(AnalyzedText text, List<Candidate> accepted) {
    Set<String> firstWords = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (Candidate c : accepted) {
      if (!c.isTitle() && c.type() != EntityType.MISC) {
        String f = c.firstWord(text);
        if (!firstWords.add(f)) {
          twice.add(f);
        }
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.isTitle() || c.stripped() != 0 || !c.entities().isEmpty()
          || c.source() != Candidate.Source.MODEL || c.type() == EntityType.MISC) {
        continue;
      }
      String f = text.form(c.start());
      if (twice.contains(f)) {
        continue; // برونو again and again: the letter is the name's
      }
      int chars = 0;
      if (f.length() - 1 >= MIN_REST && ProcliticStripper.isProcliticLetter(f.charAt(0))
          && firstWords.contains(f.substring(1))) {
        chars = 1;
      } else if (f.length() - 2 >= MIN_REST && ProcliticStripper.isConjunctionLetter(f.charAt(0))
          && ProcliticStripper.isPrepositionLetter(f.charAt(1))
          && firstWords.contains(f.substring(2))) {
        chars = 2;
      }
      if (chars > 0) {
        accepted.set(k, c.withSpan(c.start(), c.end(), chars));
      }
    }
  }
}
