package io.khabar.ner;

import com.google.common.collect.ImmutableList;
import io.khabar.kb.EntityType;
import io.khabar.token.AnalyzedText;
import java.util.List;
import java.util.Objects;

/**
 * Quoted words right after a descriptor head are the body's own name (شركة "إيني"، تطبيق
 * «واتساب»); after a named head (مجموعة "واندا") or a head and its definite genitive (دار النشر
 * "بيكادور") only words of a name are, since a quoted common word there is a quoted word (مركز
 * "الوصيف"), and a person the name finder read there is quoted (مجلس الشيوخ "روي بلنت"). The
 * head stays outside the mention. Immutable and thread-safe.
 */
final class HeadQuotedNames {

  private final BodyPhraseWords w;

  HeadQuotedNames(BodyPhraseWords w) {
    this.w = Objects.requireNonNull(w, "w");
  }

  /**
   * Adds the quoted name after the head at {@code i} of kind {@code kind} to {@code candidates}
   * and returns the index of its closing quote, or −1 when none is there.
   */
  int read(AnalyzedText text, int i, BodyHeads.Kind kind, BodyPhraseWords.Marks marks,
      List<Candidate> candidates) {
    if (kind != BodyHeads.Kind.DESCRIPTOR && kind != BodyHeads.Kind.NAMED) {
      return -1;
    }
    boolean[] covered = marks.covered();
    int open = i + 1;
    if (BodyPhraseWords.inPhrase(text, i, open) && text.isWord(open)
        && text.form(open).startsWith("ال") && !w.hasProclitic(text, open) && !covered[open]) {
      open++;
    }
    int close = quotedName(text, i, open);
    if (close > 0 && (open == i + 1 && kind == BodyHeads.Kind.DESCRIPTOR
        || !covered[open + 1] && quotedNameLike(text, open + 1, close, marks.modelName())
        && !marks.modelPerson()[open + 1])) {
      candidates.add(new Candidate(open + 1, close, 0, Candidate.Source.PHRASE,
          ImmutableList.of(), EntityType.ORGANIZATION, BodyPhrases.SCORE));
      return close;
    }
    return -1;
  }

  /**
   * The token index of the closing quote of one to {@value BodyPhraseWords#MAX_NAME_WORDS} words
   * quoted right after a descriptor head at {@code head} («واتساب»، "إيني"), or −1.
   */
  private static int quotedName(AnalyzedText text, int head, int j) {
    if (!BodyPhraseWords.inPhrase(text, head, j + 1)) {
      return -1;
    }
    String open = text.surface(j);
    String close = switch (open) {
      case "«" -> "»";
      case "\"" -> "\"";
      case "“" -> "”";
      default -> null;
    };
    if (close == null) {
      return -1;
    }
    int t = j + 1;
    while (t < j + 1 + BodyPhraseWords.MAX_NAME_WORDS && t < text.size() && text.isWord(t)) {
      t++;
    }
    return t > j + 1 && t < text.size() && text.surface(t).equals(close) ? t : -1;
  }

  /** Whether the quoted words [from, to) are all words of a name. */
  private boolean quotedNameLike(AnalyzedText text, int from, int to, boolean[] modelName) {
    for (int t = from; t < to; t++) {
      if (!w.nameLike(text, t, modelName)) {
        return false;
      }
    }
    return true;
  }
}
