package io.khabar.ner;

import io.khabar.kb.EntityType;
import io.khabar.kb.KnowledgeBase;
import io.khabar.token.AnalyzedText;
import io.khabar.token.StemLexicon;
import io.khabar.token.TokenType;
import java.util.List;
import java.util.Objects;

/**
 * The word classes the steps of a body's noun phrase ({@link BodyPhrases}) read: a phrase stays
 * in its sentence, a word with a proclitic starts no genitive, a name's words are unknown to the
 * lexicon or read as a name by the name finder, adjectives are definite nisbas, listed ones or
 * countries' adjectives, and a title noun in the construct state before a head makes the body
 * part of a person's title. Also what the candidates already proposed cover. Immutable and
 * thread-safe.
 */
final class BodyPhraseWords {

  static final int MAX_NAME_WORDS = 3;
  static final int MAX_ADJECTIVES = 3;

  private final KnowledgeBase kb;
  private final NameWords words;

  BodyPhraseWords(KnowledgeBase kb, NameWords words) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * What the candidates proposed before the phrases cover, per token: {@code covered} by the
   * knowledge base's or a title's candidates, {@code modelName} by the name finder's, {@code
   * modelPerson} by its people (مجلس الشيوخ "روي بلنت": a quoted person).
   */
  record Marks(boolean[] covered, boolean[] modelName, boolean[] modelPerson) {

    static Marks of(int n, List<Candidate> candidates) {
      boolean[] covered = new boolean[n];
      boolean[] modelName = new boolean[n];
      boolean[] modelPerson = new boolean[n];
      for (Candidate c : candidates) {
        for (int t = c.start(); t < c.end(); t++) {
          if (c.source() == Candidate.Source.MODEL) {
            modelName[t] = true;
            modelPerson[t] |= c.type() == EntityType.PERSON;
          } else {
            covered[t] = true;
          }
        }
      }
      return new Marks(covered, modelName, modelPerson);
    }
  }

  KnowledgeBase kb() {
    return kb;
  }

  NameWords words() {
    return words;
  }

  /** Whether the word before token {@code i} is a title noun in the construct state (رئيس). */
  static boolean afterTitleNoun(AnalyzedText text, int i) {
    if (i == 0 || !text.isWord(i - 1) || text.sentenceOf(i - 1) != text.sentenceOf(i)) {
      return false;
    }
    String f = text.form(i - 1);
    return CueWords.of(f) == CueWords.Cue.TITLE && !f.startsWith("ال")
        || CueWords.of(ProcliticStripper.withoutOneProclitic(f, 3)) == CueWords.Cue.TITLE;
  }

  /**
   * Whether token {@code t} starts with a proclitic: the segmenter's reading, unless the word is
   * a name that starts with the letter و (جامعة ويست أنجليا: West, not و + يست).
   */
  boolean hasProclitic(AnalyzedText text, int t) {
    return words.procliticChars(text, t) > 0 && !words.startsWithWaw(text.form(t));
  }

  /** A word of an unknown name: not the article's, no proclitic, read as a name or unknown. */
  boolean nameLike(AnalyzedText text, int t, boolean[] modelName) {
    String f = text.form(t);
    if (text.type(t) == TokenType.LATIN) {
      return Character.isUpperCase(text.surface(t).charAt(0)); // شركة Apple
    }
    if (f.startsWith("ال") || f.length() < 2 || hasProclitic(text, t)
        || !KnowledgeBase.hasArabicLetter(f) || CueWords.of(f) == CueWords.Cue.GIVEN_NAME) {
      return false;
    }
    return modelName[t] || StemLexicon.loadDefault().count(f) == 0;
  }

  /** After the genitive, one coordinated definite noun that is no head: والمالية. */
  int coordinated(AnalyzedText text, int head, int end, boolean[] covered) {
    if (!inPhrase(text, head, end) || covered[end]) {
      return end;
    }
    String f = text.form(end);
    if (f.startsWith("وال") && f.length() > 5 && !BodyHeads.isBodyOrQuoted(f.substring(3))
        && words.procliticChars(text, end) == 1) {
      return end + 1;
    }
    return end;
  }

  /** The end of up to {@value #MAX_ADJECTIVES} definite adjectives from {@code j}. */
  int adjectives(AnalyzedText text, int head, int j) {
    int end = j;
    while (end < j + MAX_ADJECTIVES && inPhrase(text, head, end)
        && words.procliticChars(text, end) == 0 && isAdjective(text.form(end))) {
      end++;
    }
    return end;
  }

  boolean isAdjective(String f) {
    return f.startsWith("ال") && f.length() > 4
        && (f.endsWith("ي") || f.endsWith("يه") || BodyHeads.isAdjective(f) || isDemonym(f, kb));
  }

  boolean demonymsOnly(AnalyzedText text, int from, int to) {
    for (int t = from; t < to; t++) {
      if (!isDemonym(text.form(t), kb)) {
        return false;
      }
    }
    return true;
  }

  static boolean isDemonym(String f, KnowledgeBase kb) {
    return f.startsWith("ال") && kb.demonyms().containsKey(f);
  }

  /** Token {@code t} exists, is a word and is in the sentence of token {@code head}. */
  static boolean inPhrase(AnalyzedText text, int head, int t) {
    return t < text.size() && text.isWord(t) && text.sentenceOf(t) == text.sentenceOf(head);
  }
}
