package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

/**
 * A known body's name written in full is longer than the knowledge base's alias, and the whole
 * is the mention of the same body: a definite head noun of a body before an alias that starts
 * with a definite adjective is the noun the adjective qualifies (المجلس الاحتياطي الفدرالي: the
 * base knows الاحتياطي الفدرالي), and the name finder's organisation that starts with the alias
 * and runs on over words news text does not know completes it (توتنهام هوتسبرز, where the base
 * knows توتنهام). The candidates keep the base's entity. Works on the proposed candidates,
 * before overlaps are resolved (the base's spans would otherwise win over the name finder's).
 * Stateless and thread-safe.
 */
final class BodyExtents {

  private BodyExtents() {}

  /**
   * Extends the knowledge base's organisations of {@code candidates} in place; {@code
   * proclitics} gives a token's proclitic chars, {@code nameWord} tells a known name word.
   */
  static void apply(AnalyzedText text, List<Candidate> candidates, IntUnaryOperator proclitics,
      Predicate<String> nameWord) {
    boolean[] kbStart = new boolean[text.size() + 1];
    for (Candidate c : candidates) {
      if (c.source() == Candidate.Source.KB) {
        for (int t = c.start(); t < c.end(); t++) {
          kbStart[t] = true;
        }
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      Candidate c = candidates.get(k);
      if (c.source() != Candidate.Source.KB || c.type() != EntityType.ORGANIZATION
          || c.entities().isEmpty()) {
        continue;
      }
      int h = c.start() - 1;
      if (c.stripped() == 0 && h >= 0 && !kbStart[h] && text.isWord(h)
          && text.sentenceOf(h) == text.sentenceOf(c.start())
          && Nisbas.isDefinite(text.form(c.start()))) {
        String head = bare(text, h, proclitics);
        if (head.startsWith("ال") && BodyHeads.kind(head.substring(2))
            .filter(kind -> kind != BodyHeads.Kind.QUOTED).isPresent()) {
          // المجلس الاحتياطي الفدرالي: the adjective qualifies the head before it
          c = new Candidate(h, c.end(), proclitics.applyAsInt(h), c.source(), c.entities(),
              c.type(), c.score());
          candidates.set(k, c);
        }
      }
      for (Candidate m : candidates) {
        if (m.source() == Candidate.Source.MODEL && m.type() == EntityType.ORGANIZATION
            && m.start() == c.start() && m.end() > c.end() && unknownWords(text, c.end(),
                m.end(), kbStart, nameWord)) {
          // توتنهام هوتسبرز: the name goes on over words only a name has
          candidates.set(k, new Candidate(c.start(), m.end(), c.stripped(), c.source(),
              c.entities(), c.type(), c.score()));
          break;
        }
      }
    }
  }

  /**
   * Whether tokens {@code [from, to)} are Arabic words news text and the base do not know (a
   * Latin word after a company's name is mostly its product: Google Play).
   */
  private static boolean unknownWords(AnalyzedText text, int from, int to, boolean[] kb,
      Predicate<String> nameWord) {
    for (int t = from; t < to; t++) {
      String f = text.form(t);
      if (!text.isWord(t) || kb[t] || f.startsWith("ال") || nameWord.test(f)
          || !KnowledgeBase.hasArabicLetter(f)
          || StemLexicon.loadDefault().count(f) > 0) {
        return false;
      }
    }
    return true;
  }

  private static String bare(AnalyzedText text, int i, IntUnaryOperator proclitics) {
    String f = text.form(i);
    return f.substring(Math.min(proclitics.applyAsInt(i), f.length()));
  }
}
