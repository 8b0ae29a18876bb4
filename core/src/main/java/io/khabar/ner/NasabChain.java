package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;

/**
 * A full Arabic name is one name: the nasab chain (X بن Y بن Z، X بنت Y) and the family name
 * after آل (… بن عبدالعزيز آل سعود) continue the person's name they follow, however much of it
 * the knowledge base or the name finder found. A person's mention is extended to the right over
 * each link word (بن، ابن، بنت، آل) and the name after it (عبد and أبو take the next word as
 * well, عبد العزيز written apart), so the longest reading wins over a father's or a family's name
 * found inside the chain. Stateless and thread-safe.
 */
final class NasabChain {

  private NasabChain() {}

  /** The candidates with each person's name run on over its nasab chain (in place). */
  static void extend(AnalyzedText text, List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.type() != EntityType.PERSON || c.isTitle()) {
        continue;
      }
      int end = c.end();
      while (end + 1 < text.size() && isLink(text.form(end)) && text.isWord(end + 1)
          && text.sentenceOf(end + 1) == text.sentenceOf(c.start())) {
        end += 2;
        if (isCompoundHead(text.form(end - 1)) && end < text.size() && text.isWord(end)) {
          end++; // بن عبد العزيز
        }
      }
      if (end != c.end()) {
        candidates.set(k, c.withSpan(c.start(), end, c.stripped()));
      }
    }
  }

  /** بن، ابن، بنت and آل (matching form ال, a token of its own). */
  private static boolean isLink(String form) {
    return form.equals("بن") || form.equals("ابن") || form.equals("بنت") || form.equals("ال");
  }

  private static boolean isCompoundHead(String form) {
    return form.equals("عبد") || form.equals("ابو");
  }
}
