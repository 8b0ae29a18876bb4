package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.text.ArabicNormalizer;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Set;

/**
 * A web outlet is named by its address written in Arabic letters: a word, a dot and the Arabic
 * spelling of a top-level domain, with no space between (العربية.نت، مصراوي.كوم). The tokeniser
 * splits it at the dot, so the knowledge base reads «العربية» as the channel and the name finder
 * sees the pieces; the whole address is one organisation, and every candidate on its first word
 * yields to it. The domains are the closed set of their Arabic spellings (نت، كوم، أورغ), not a
 * list of outlets. Stateless and thread-safe.
 */
final class WebOutlets {

  private static final Set<String> DOMAINS =
      ArabicNormalizer.get().matchingForms("نت", "كوم", "أورغ", "اورج");

  private WebOutlets() {}

  /** Replaces the candidates on each Arabic web address of {@code text} by one organisation. */
  static void apply(AnalyzedText text, List<Candidate> candidates) {
    for (int i = 0; i + 2 < text.size(); i++) {
      if (!text.isWord(i) || !KnowledgeBase.hasArabicLetter(text.form(i))
          || !text.form(i + 1).equals(".") || !DOMAINS.contains(text.form(i + 2))
          || text.end(i) != text.start(i + 1) || text.end(i + 1) != text.start(i + 2)
          || i + 3 < text.size() && text.start(i + 3) == text.end(i + 2)
              && text.isWord(i + 3)) {
        continue;
      }
      int stripped = 0;
      for (int k = candidates.size() - 1; k >= 0; k--) {
        Candidate c = candidates.get(k);
        if (c.start() <= i + 2 && c.end() > i && !c.isTitle()) {
          if (c.start() == i) {
            stripped = c.stripped(); // لـ«العربية.نت»: the proclitic stays outside
          }
          candidates.remove(k);
        }
      }
      candidates.add(new Candidate(i, i + 3, stripped, Candidate.Source.PHRASE,
          ImmutableList.of(), EntityType.ORGANIZATION, 0.8));
      i += 2;
    }
  }
}
