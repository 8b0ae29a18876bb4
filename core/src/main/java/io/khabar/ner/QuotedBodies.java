package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * A body's name in quotes, «قوات الحرس الوطني» or «اللجنة الوطنية لإدارة قطاع غزة»: two to seven
 * words whose first is the head noun of a body. The whole quoted name is one organisation (a place
 * inside it, قطاع غزة, is part of the name), unless the knowledge base knows a name starting where
 * the quoted one starts. The heads are those of {@link BodyHeads}. Stateless and thread-safe.
 */
final class QuotedBodies {

  private QuotedBodies() {}

  private static final int MAX_QUOTED_NAME = 7;

  /** Whether a word (matching form, without the article) is the head noun of a body's name. */
  static boolean isBodyHead(String bare) {
    return BodyHeads.isBodyOrQuoted(bare);
  }

  /** Adds the quoted bodies' names of {@code text} to {@code candidates}. */
  static void add(AnalyzedText text, List<Candidate> candidates) {
    boolean[] knownStartsAt = new boolean[text.size()];
    for (Candidate c : candidates) {
      if (c.source() != Candidate.Source.MODEL) {
        knownStartsAt[c.start()] = true;
      }
    }
    for (int i = 0; i + 2 < text.size(); i++) {
      if (!text.form(i).equals("«") && !text.form(i).equals("\"")) {
        continue;
      }
      String close = text.form(i).equals("«") ? "»" : "\"";
      int end = i + 1;
      while (end < text.size() && end - i <= MAX_QUOTED_NAME && text.isWord(end)) {
        end++;
      }
      int words = end - i - 1;
      if (end >= text.size() || !text.form(end).equals(close) || words < 2
          || words > MAX_QUOTED_NAME) {
        continue;
      }
      String head = text.form(i + 1);
      head = head.startsWith("ال") ? head.substring(2) : head;
      if (!isBodyHead(head)) {
        continue;
      }
      if (!knownStartsAt[i + 1]) { // else the knowledge base knows the body itself
        candidates.add(new Candidate(i + 1, end, 0, Candidate.Source.QUOTED, ImmutableList.of(),
            EntityType.ORGANIZATION, 0.8));
      }
    }
  }
}
