package io.khabar.token;

import static io.khabar.token.CharClass.LATIN_LETTER;

/**
 * The {@link Tokenizer}'s sentence boundaries. A sentence ends after {@code . ? ! ؟ … ۔} (and
 * runs of them), including the closing quotes and brackets that follow, unless the next token
 * cannot start a sentence: a lower-case Latin word, or punctuation that is not an opening quote
 * or bracket; after an ellipsis, also a number or a conjunction (و…، ف…، ثم، أو، بل، لكن، حتى);
 * a terminator right after an opening bracket ("(...)") marks an omission and ends nothing. A
 * line break always ends a sentence, because scraped news puts headlines, datelines and captions
 * on their own lines.
 *
 * <p>Only the tokens the tokeniser marked as candidates (terminators, tokens after a line break)
 * can start or end a sentence, so the walk jumps from one candidate to the next.
 */
final class SentenceSplitter {

  private static final byte T_ARABIC = (byte) TokenType.ARABIC.ordinal();
  private static final byte T_LATIN = (byte) TokenType.LATIN.ordinal();
  private static final byte T_NUMBER = (byte) TokenType.NUMBER.ordinal();
  private static final byte T_PUNCT = (byte) TokenType.PUNCTUATION.ordinal();
  private static final byte T_ABBREVIATION = (byte) TokenType.ABBREVIATION.ordinal();

  private static final byte[] CLASS = CharClass.TABLE;

  private SentenceSplitter() {}

  static boolean isTerminatorChar(char c) {
    return c == '.' || c == '?' || c == '!' || c == '؟' || c == '…' || c == '۔' || c == '؞'
        || c == '‼' || c == '⁇' || c == '⁈' || c == '⁉';
  }

  private static boolean isClosingChar(char c) {
    return c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == '}' || c == '›'
        || c == '"' || c == '\'';
  }

  private static boolean isOpeningChar(char c) {
    return c == '«' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '{' || c == '‹'
        || c == '"' || c == '\'' || c == '-' || c == '–' || c == '—';
  }

  /** True for the terminator token at {@code t} being an ellipsis ("...", "…", "؞"). */
  private static boolean isEllipsis(char[] text, TokenBuffer b, int t) {
    char c = text[b.startAt(t)];
    return c == '…' || c == '؞' || (c == '.' && b.endAt(t) - b.startAt(t) > 1);
  }

  /** Marks the sentence starts of the tokens in {@code b} over {@code text}. */
  static void split(char[] text, TokenBuffer b) {
    if (b.size == 0) {
      return;
    }
    b.startSentence(0);
    int current = 0;
    int t = 0;
    // only the candidates can start a sentence or end one; the tokens between them change
    // nothing, so the walk jumps from one candidate (at or after t) to the next
    int[] candidates = b.candidates;
    for (int k = 0, m = b.candidateCount; k < m; k++) {
      if (candidates[k] >= t) { // else taken in by the previous terminator's run
        long r = step(text, b, candidates[k], current);
        t = (int) (r >>> 32);
        current = (int) r;
      }
    }
  }

  /**
   * The reference for {@link #split}: the same steps over every token, not only the
   * candidates. Tests check that both find the same sentences.
   */
  static void splitSentencesVisitingEveryToken(char[] text, TokenBuffer b) {
    b.sentenceCount = 0;
    if (b.size == 0) {
      return;
    }
    b.startSentence(0);
    int current = 0;
    for (int t = 0; t < b.size; ) {
      long r = step(text, b, t, current);
      t = (int) (r >>> 32);
      current = (int) r;
    }
  }

  /**
   * Looks at token {@code t} in the sentence that starts at token {@code current}: a line break
   * before it starts a sentence; a terminator run from it (with its closing quotes and brackets)
   * ends one when the token after the run can start a sentence. Returns the next token to look
   * at (high half) and the current sentence's first token (low half).
   */
  private static long step(char[] text, TokenBuffer b, int t, int current) {
    int n = b.size;
    if (t > current && b.lineBreakAt(t)) {
      b.startSentence(t);
      current = t;
    }
    if (b.typeAt(t) == T_PUNCT && isTerminatorChar(text[b.startAt(t)])
        && !followsOpeningBracket(text, b, t)) {
      boolean ellipsis = isEllipsis(text, b, t);
      int u = t + 1;
      while (u < n && !b.lineBreakAt(u) && b.typeAt(u) == T_PUNCT) {
        char c = text[b.startAt(u)];
        boolean adjacent = b.startAt(u) == b.endAt(u - 1);
        if (isTerminatorChar(c)) {
          ellipsis &= isEllipsis(text, b, u);
        } else if (!(isClosingChar(c) && (adjacent || (c != '"' && c != '\'')))) {
          break;
        }
        u++;
      }
      if (u < n && !b.lineBreakAt(u) && startsSentence(text, b, u, ellipsis)) {
        b.startSentence(u);
        current = u;
      }
      return (long) u << 32 | current;
    }
    return (long) (t + 1) << 32 | current;
  }

  /** "(...)" and "[…]" mark an omission inside a sentence, not its end. */
  private static boolean followsOpeningBracket(char[] text, TokenBuffer b, int t) {
    if (t == 0 || b.endAt(t - 1) != b.startAt(t) || b.typeAt(t - 1) != T_PUNCT) {
      return false;
    }
    char c = text[b.startAt(t - 1)];
    return c == '(' || c == '[';
  }

  /** Whether token {@code u}, after a terminator, can begin a new sentence. */
  private static boolean startsSentence(char[] text, TokenBuffer b, int u, boolean ellipsis) {
    int type = b.typeAt(u);
    int s = b.startAt(u);
    char c = text[s];
    if (type == T_PUNCT) {
      return isOpeningChar(c);
    }
    if (type == T_LATIN || type == T_ABBREVIATION && CLASS[c] == LATIN_LETTER) {
      return !Character.isLowerCase(c);
    }
    if (!ellipsis) {
      return true;
    }
    if (type == T_NUMBER) {
      return false;
    }
    if (type == T_ARABIC) {
      return !isConjunction(text, s, b.endAt(u));
    }
    return true;
  }

  private static final String[] CONJUNCTIONS = {"ثم", "أو", "او", "بل", "لكن", "حتى", "أم"};

  private static boolean isConjunction(char[] text, int s, int e) {
    char c = text[s];
    if (c == 'و' || c == 'ف') {
      return true;
    }
    for (String w : CONJUNCTIONS) {
      if (w.length() == e - s && WebAddresses.regionMatchesIgnoreCase(text, s, e, w)) {
        return true;
      }
    }
    return false;
  }
}
