package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KbEntity;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * A name that is also an ordinary word of news text (صور "pictures" and Tyre, بأول "in the
 * first" and Powell, وأم "and a mother" and the Emirates news agency; the knowledge base decides
 * which names are, {@link KnowledgeBase#isOrdinaryWord}) is the entity only where the context
 * says so, as a qualified alias is (مدينة صور): the one-word match counts when
 *
 * <ul>
 *   <li>the name finder also reads a name of the same type there (it sees the sentence);
 *   <li>the word before announces a name of its kind: a place noun (مدينة صور، في محافظة
 *       مشهد), a title or a reporting verb for a person (الرئيس هادي، وقال هادي);
 *   <li>the name is quoted («الجزيرة»); or
 *   <li>the same entity is named elsewhere in the document by a name that is not an ordinary
 *       word (عبد ربه منصور هادي … هادي).
 * </ul>
 * Otherwise it is dropped: the word is read as the word. Stateless and thread-safe.
 */
final class OrdinaryWordNames {

  private OrdinaryWordNames() {}

  /**
   * Removes the unsupported ordinary-word matches of the knowledge base from {@code candidates};
   * {@code placeNounBefore} and {@code nameCueBefore} test the word before a token.
   */
  static void filter(AnalyzedText text, List<Candidate> candidates, KnowledgeBase kb,
      IntPredicate placeNounBefore, IntPredicate nameCueBefore) {
    Set<String> namedPlainly = new HashSet<>();
    boolean any = false;
    for (Candidate c : candidates) {
      if (c.source() == Candidate.Source.KB && c.entities().size() == 1) {
        if (isOrdinary(text, c, kb)) {
          any = true;
        } else {
          namedPlainly.add(c.entities().get(0).key());
        }
      } else if (c.source() == Candidate.Source.KB && isOrdinary(text, c, kb)) {
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int k = candidates.size() - 1; k >= 0; k--) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.KB || !isOrdinary(text, c, kb)) {
        continue;
      }
      ImmutableList<KbEntity> named = c.entities().stream()
          .filter(e -> namedPlainly.contains(e.key())).collect(ImmutableList.toImmutableList());
      if (!named.isEmpty()) {
        candidates.set(k, c.withEntities(named, named.get(0).type()));
      } else if (!(modelAgrees(c, candidates)
          || c.type() == EntityType.LOCATION && placeNounBefore.test(c.start())
          || c.type() == EntityType.PERSON && nameCueBefore.test(c.start())
          || quoted(text, c))) {
        candidates.remove(k);
      }
    }
  }

  private static boolean isOrdinary(AnalyzedText text, Candidate c, KnowledgeBase kb) {
    if (c.length() != 1 || c.entities().isEmpty()) {
      return false;
    }
    return kb.isOrdinaryWord(c.firstWord(text));
  }

  private static boolean modelAgrees(Candidate c, List<Candidate> candidates) {
    for (Candidate m : candidates) {
      if (m.source() == Candidate.Source.MODEL && m.start() <= c.start() && m.end() >= c.end()
          && c.entities().stream().anyMatch(e -> e.type() == m.type())) {
        return true;
      }
    }
    return false;
  }

  private static boolean quoted(AnalyzedText text, Candidate c) {
    if (c.start() == 0 || c.end() >= text.size()) {
      return false;
    }
    String open = text.form(c.start() - 1);
    return open.equals("«") || open.equals("\"") || open.equals("“");
  }
}
