package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Set;

/**
 * A body's name in quotes, «قوات الحرس الوطني» or «اللجنة الوطنية لإدارة قطاع غزة»: two to
 * seven words whose first is the head noun of a body. The whole quoted name is one organisation
 * (a place inside it, قطاع غزة, is part of the name), unless the knowledge base knows a name
 * starting where the quoted one starts. Stateless and thread-safe.
 */
final class QuotedBodies {

  private QuotedBodies() {}

  private static final int MAX_QUOTED_NAME = 7;

  /** Head nouns of bodies' names, without the article, in matching form. */
  private static final Set<String> BODY_HEADS =
      ArabicNormalizer.get().matchingForms(
      "لجنة", "مجلس", "هيئة", "حركة", "حزب", "جبهة", "منظمة", "وكالة", "مؤسسة", "مركز", "معهد",
      "جمعية", "اتحاد", "تحالف", "ائتلاف", "تجمع", "تيار", "قوات", "وحدات", "كتائب", "سرايا",
      "لواء", "فيلق", "جيش", "جماعة", "تنظيم", "مفوضية", "صندوق", "بعثة", "محكمة", "غرفة", "شركة",
      "مكتب", "برنامج", "منتدى", "رابطة", "نقابة", "اللجنة");

  /** Whether a word (matching form, without the article) is the head noun of a body's name. */
  static boolean isBodyHead(String bare) {
    return BODY_HEADS.contains(bare);
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
      if (!BODY_HEADS.contains(head)) {
        continue;
      }
      if (!knownStartsAt[i + 1]) { // else the knowledge base knows the body itself
        candidates.add(new Candidate(i + 1, end, 0, Candidate.Source.QUOTED, ImmutableList.of(),
            EntityType.ORGANIZATION, 0.8));
      }
    }
  }
}
