package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The converse of {@link DocumentClitics}: a name's own first letter و or ف that the segmenter
 * took for a conjunction is given back when the document shows it is the name's. A conjunction
 * joins a name where a clause or a list goes on, not at every mention of it: when the whole word
 * (ويتهورن) stands at least twice in the document, the word without the letter (يتهورن) never
 * stands alone, and it is no name nor word the lexicons know (وحسن is و + حسن; والكرواتي has
 * the article), the letter is the name's
 * at every mention (كورتني ويتهورن … وقالت ويتهورن). A name the conjunction reading had cut
 * after a first name (كورتني | يتهورن) is one name again; after a name of two words or more the
 * letter joins two people (محمد أمين بن عمر وفرجاني ساسي) and stays a conjunction. Runs on the accepted candidates,
 * unknown names of the name finder only. Stateless and thread-safe.
 */
final class NameInitialLetters {

  private static final int MIN_REST = 3;

  private NameInitialLetters() {}

  /**
   * Gives back the first letter of the accepted unknown names in place; {@code known} tells the
   * words the name lexicons know.
   */
  static void apply(AnalyzedText text, List<Candidate> accepted, Predicate<String> known) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < text.size(); i++) {
      if (text.isWord(i)) {
        counts.merge(text.form(i), 1, Integer::sum);
      }
    }
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      if (c.stripped() != 1 || !c.entities().isEmpty() || c.isTitle()
          || c.source() != Candidate.Source.MODEL || c.type() == EntityType.MISC) {
        continue;
      }
      String f = text.form(c.start());
      char first = f.charAt(0);
      String rest = f.substring(1);
      if (first != 'و' && first != 'ف' || rest.length() < MIN_REST || rest.startsWith("ال")
          || known.test(rest) || StemLexicon.loadDefault().count(rest) > 0
          || counts.getOrDefault(f, 0) < 2 || counts.containsKey(rest)
          || afterLongerName(accepted, k)) {
        continue;
      }
      Candidate whole = c.withSpan(c.start(), c.end(), 0);
      int before = k - 1;
      if (before >= 0 && c.type() == EntityType.PERSON) {
        Candidate p = accepted.get(before);
        if (p.end() == c.start() && p.length() == 1 && p.type() == EntityType.PERSON
            && p.entities().isEmpty()
            && !p.isTitle() && p.source() == Candidate.Source.MODEL
            && text.sentenceOf(p.start()) == text.sentenceOf(c.start())) {
          accepted.set(before, p.withSpan(p.start(), c.end(), p.stripped()));
          accepted.remove(k);
          k--;
          continue;
        }
      }
      accepted.set(k, whole);
    }
  }

  /** Whether a name of two words or more ends right before candidate {@code k}: «X Y وZ». */
  private static boolean afterLongerName(List<Candidate> accepted, int k) {
    Candidate c = accepted.get(k);
    return accepted.stream().anyMatch(p -> p.end() == c.start() && p.length() >= 2);
  }
}
