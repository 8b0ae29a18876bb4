package io.khabar.ner;

import io.khabar.kb.KnowledgeBase;
import io.khabar.kb.NameTransliterator;
import io.khabar.token.AnalyzedText;
import io.khabar.token.CliticSegmenter;
import io.khabar.token.Segment;
import io.khabar.token.SegmentKind;
import java.util.List;
import java.util.Objects;

/**
 * What the recogniser's steps ask about one word: where a token's proclitics end (by the clitic
 * segmenter: a conjunction, a preposition or the future particle; the article stays in the
 * name), and whether a word is known as a name (a given name, a person-name token of the
 * name-token lexicon or a one-word name of the knowledge base). Immutable and thread-safe.
 */
final class NameWords {

  /** The letters a proclitic can be: conjunctions و ف, prepositions ب ل ك, the future س. */
  private static final String PROCLITIC_LETTERS = "وفبلكس";

  private final KnowledgeBase kb;
  private final CliticSegmenter segmenter;
  private final NameTransliterator transliterator;

  NameWords(KnowledgeBase kb, CliticSegmenter segmenter, NameTransliterator transliterator) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.transliterator = Objects.requireNonNull(transliterator, "transliterator");
  }

  CliticSegmenter segmenter() {
    return segmenter;
  }

  /** A given name, a person-name token or a one-word name of the knowledge base. */
  boolean isKnownNameWord(String form) {
    return CueWords.of(form) == CueWords.Cue.GIVEN_NAME || transliterator.isNameToken(form)
        || !kb.names().get(form).isEmpty();
  }

  /**
   * Whether a word (matching form) is a name that starts with the letter و rather than the
   * conjunction: a person-name token whole (وارن، ويليامز: Warren, Williams) whose rest after
   * the و is neither a given name nor a name the knowledge base knows (ومحمد، وحسن are
   * conjuncts). The segmenter, which knows few foreign names, takes the letter for و "and".
   */
  boolean startsWithWaw(String form) {
    if (!form.startsWith("و") || form.length() <= 3 || !isNameToken(form)) {
      return false;
    }
    String rest = form.substring(1);
    return CueWords.of(rest) != CueWords.Cue.GIVEN_NAME && kb.names().get(rest).isEmpty();
  }

  /** Whether a word (matching form) is a person-name token of the name-token lexicon. */
  boolean isNameToken(String form) {
    return transliterator.isNameToken(form);
  }

  /**
   * Matching-form chars of token {@code i}'s proclitics, by the segmenter (ال stays in). A word
   * whose first letter is none of the proclitics' (و ف ب ل ك س) has none and is not segmented:
   * the steps ask this of every word, most of which start with another letter.
   */
  int procliticChars(AnalyzedText text, int i) {
    String first = text.form(i);
    if (first.isEmpty() || PROCLITIC_LETTERS.indexOf(first.charAt(0)) < 0) {
      return 0;
    }
    List<Segment> segments = segmenter.segment(text.text(), text.start(i), text.end(i));
    int nameStart = text.start(i);
    for (Segment seg : segments) {
      SegmentKind k = seg.kind();
      if (k == SegmentKind.CONJUNCTION || k == SegmentKind.PREPOSITION || k == SegmentKind.FUTURE) {
        nameStart = seg.span().end();
      } else {
        break;
      }
    }
    if (nameStart == text.start(i)) {
      return 0;
    }
    String form = text.form(i);
    for (int k = 0; k < form.length(); k++) {
      if (text.originalIndex(i, k) >= nameStart) {
        return k;
      }
    }
    return 0;
  }
}
